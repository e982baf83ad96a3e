import type { Permission, Role } from './roles.js';
import { can } from './roles.js';

/** Limits on which identities a viewer may see, beyond their role. */
export interface Scope {
  departments?: string[];
  businessUnits?: string[];
}

/** Who is asking: resolved from a token (or, later, a session) for every request. */
export interface Viewer {
  tenantId: string;
  role: Role;
  /** The identity a manager or employee is. */
  subjectId: string | null;
  scope: Scope;
  /** For the audit trail: `token:<id>` or `user:<id>`. */
  actor: string;
}

export function allows(viewer: Viewer, permission: Permission): boolean {
  return can(viewer.role, permission);
}

/**
 * Which identities a viewer may see, as data the repositories turn into SQL:
 * everyone in the tenant (optionally limited to departments or business units), a manager's
 * reports (direct and indirect) and themselves, or only themselves.
 */
export type Visibility =
  | { kind: 'all'; departments?: string[]; businessUnits?: string[] }
  | { kind: 'reports'; managerId: string }
  | { kind: 'self'; identityId: string }
  | { kind: 'none' };

export function visibilityOf(viewer: Viewer): Visibility {
  if (viewer.role === 'employee')
    return viewer.subjectId ? { kind: 'self', identityId: viewer.subjectId } : { kind: 'none' };
  if (viewer.role === 'manager')
    return viewer.subjectId ? { kind: 'reports', managerId: viewer.subjectId } : { kind: 'none' };
  const v: Visibility = { kind: 'all' };
  if (viewer.scope.departments?.length) v.departments = viewer.scope.departments;
  if (viewer.scope.businessUnits?.length) v.businessUnits = viewer.scope.businessUnits;
  return v;
}
