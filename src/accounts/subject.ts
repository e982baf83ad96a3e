import type { PersonRole } from '../auth/roles.js';
import { needsSubject } from '../auth/roles.js';
import { findIdentity, findIdentityByEmail } from '../directory/identity.repository.js';
import { AppError } from '../shared/errors.js';
import type { Queryable } from '../storage/db.js';

/**
 * The identity a manager or employee membership is linked to, by email or id. Other roles are
 * linked to nobody: their view is set by their scope instead.
 */
export async function resolveMembershipSubject(
  db: Queryable,
  tenantId: string,
  role: PersonRole,
  subject: string | undefined,
): Promise<string | null> {
  if (!needsSubject(role)) return null;
  if (!subject)
    throw new AppError(
      'VALIDATION_FAILED',
      `subject: a ${role} must be linked to their person in the directory (email or id)`,
      [{ path: 'subject', message: `required for the ${role} role` }],
    );
  const identity =
    (await findIdentityByEmail(db, tenantId, subject)) ??
    (await findIdentity(db, tenantId, subject));
  if (!identity)
    throw new AppError('IDENTITY_NOT_FOUND', `subject: no identity "${subject}" in this tenant`, [
      { path: 'subject', message: 'not found in the directory of this tenant' },
    ]);
  return identity.id;
}
