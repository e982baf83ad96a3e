/**
 * Roles (PRODUCT.md §10) and what each may do. People's roles come first; `ingest` and `scim` are
 * for machine tokens that feed Bulwark and should hold nothing more than that; `ssf` for a Shared
 * Signals receiver's token.
 */
export const roles = [
  'owner',
  'admin',
  'analyst',
  'auditor',
  'manager',
  'employee',
  'ingest',
  'scim',
  'ssf',
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'directory:read',
  'directory:write',
  'events:read',
  'events:write',
  'deadletters:read',
  'deadletters:replay',
  'catalog:read',
  'tokens:manage',
  'scim',
  'account:self',
  'audit:read',
  'users:read',
  'users:manage',
  'sso:manage',
  'risk:read',
  'cohorts:write',
  'catalog:write',
  'connectors:read',
  'connectors:manage',
  'destinations:read',
  'destinations:manage',
  'ssf:streams',
  'ssf:keys',
] as const;
export type Permission = (typeof permissions)[number];

const read: Permission[] = ['directory:read', 'events:read', 'deadletters:read', 'catalog:read'];

/** Every person with a membership may see and manage their own sign-in (`account:self`). */
const grants: Record<Role, readonly Permission[]> = {
  owner: permissions,
  admin: permissions,
  analyst: [
    ...read,
    'events:write',
    'deadletters:replay',
    'account:self',
    'risk:read',
    'cohorts:write',
  ],
  auditor: [...read, 'audit:read', 'users:read', 'account:self', 'risk:read'],
  manager: ['directory:read', 'events:read', 'catalog:read', 'account:self', 'risk:read'],
  employee: ['directory:read', 'events:read', 'catalog:read', 'account:self', 'risk:read'],
  ingest: ['events:write', 'catalog:read'],
  scim: ['scim'],
  // A Shared Signals receiver: manages its own event streams, nothing else (docs/ssf.md).
  ssf: ['ssf:streams'],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** Roles whose view of people is limited to themselves (employee) or their reports (manager). */
export function needsSubject(role: Role): boolean {
  return role === 'manager' || role === 'employee';
}

/** Roles a person can hold through a membership; `ingest` and `scim` are for machine tokens. */
export const personRoles = ['owner', 'admin', 'analyst', 'auditor', 'manager', 'employee'] as const;
export type PersonRole = (typeof personRoles)[number];

export function isPersonRole(value: string): value is PersonRole {
  return (personRoles as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
