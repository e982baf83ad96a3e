/**
 * Roles (PRODUCT.md §10) and what each may do. People's roles come first; `ingest` and `scim` are
 * for machine tokens that feed Bulwark and should hold nothing more than that.
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
] as const;
export type Permission = (typeof permissions)[number];

const read: Permission[] = ['directory:read', 'events:read', 'deadletters:read', 'catalog:read'];

const grants: Record<Role, readonly Permission[]> = {
  owner: permissions,
  admin: permissions,
  analyst: [...read, 'events:write', 'deadletters:replay'],
  auditor: read,
  manager: ['directory:read', 'events:read', 'catalog:read'],
  employee: ['directory:read', 'events:read', 'catalog:read'],
  ingest: ['events:write', 'catalog:read'],
  scim: ['scim'],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** Roles whose view of people is limited to themselves (employee) or their reports (manager). */
export function needsSubject(role: Role): boolean {
  return role === 'manager' || role === 'employee';
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
