export const identityKinds = ['person', 'agent'] as const;
export type IdentityKind = (typeof identityKinds)[number];

/** A person or an AI agent in a tenant's directory (PRODUCT.md §1). */
export interface Identity {
  tenantId: string;
  id: string;
  kind: IdentityKind;
  email: string;
  userName: string | null;
  externalId: string | null;
  name: string | null;
  givenName: string | null;
  familyName: string | null;
  department: string | null;
  title: string | null;
  location: string | null;
  timezone: string | null;
  managerId: string | null;
  ownerId: string | null;
  employmentType: string | null;
  startDate: string | null;
  businessUnitId: string | null;
  privileged: boolean;
  financialAuthority: boolean;
  /** For agents: the scopes or permissions it was granted. */
  scopes: string[];
  active: boolean;
  leftAt: number | null;
  /** What created or last changed it: `csv`, `scim`, `okta`, `graph`, `demo`. */
  source: string;
  createdAt: number;
  updatedAt: number;
}

/** The attributes an import or provisioning request sets; links are given by email. */
export interface IdentityInput {
  kind: IdentityKind;
  email: string;
  userName?: string | null;
  externalId?: string | null;
  name?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  department?: string | null;
  title?: string | null;
  location?: string | null;
  timezone?: string | null;
  managerEmail?: string | null;
  ownerEmail?: string | null;
  employmentType?: string | null;
  startDate?: string | null;
  businessUnit?: string | null;
  privileged?: boolean;
  financialAuthority?: boolean;
  scopes?: string[];
  groups?: string[];
  active?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The lower-cased text that identity search matches against. */
export function searchText(
  i: Pick<Identity, 'email' | 'name' | 'title' | 'department' | 'userName'>,
): string {
  return [i.email, i.name, i.title, i.department, i.userName]
    .filter((v): v is string => Boolean(v))
    .join(' ')
    .toLowerCase();
}
