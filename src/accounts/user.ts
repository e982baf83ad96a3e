import type { PersonRole } from '../auth/roles.js';
import type { Scope } from '../auth/viewer.js';
import type { StoredSecret } from './stored-secret.js';

/** A person who can sign in. Installation-wide: what they may do is in their memberships. */
export interface User {
  id: string;
  email: string;
  name: string | null;
  passwordHash: string | null;
  /** The authenticator's shared secret, sealed; opened only to check a code. */
  totpSecret: StoredSecret | null;
  totpPendingSecret: StoredSecret | null;
  totpLastStep: number | null;
  disabledAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A user's role in one tenant, limited by scope; managers and employees are linked to an identity. */
export interface Membership {
  tenantId: string;
  userId: string;
  role: PersonRole;
  scope: Scope;
  /** The directory identity a manager or employee is. */
  subjectId: string | null;
  createdAt: number;
  updatedAt: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): string | undefined {
  if (email.length > 320) return 'must be at most 320 characters';
  return EMAIL.test(email) ? undefined : `"${email}" is not an email address`;
}
