import type { Role } from '../auth/roles.js';
import { AppError } from '../shared/errors.js';

/**
 * Only an owner may make or unmake an owner, and nobody changes their own membership, so that an
 * admin cannot promote themselves and nobody locks themselves out by accident.
 */
export function assertMayManage(
  viewer: { role: Role; actor: string },
  targetUserId: string,
  roles: (string | undefined)[],
): void {
  if (viewer.actor === `user:${targetUserId}`)
    throw new AppError('FORBIDDEN', 'you cannot change your own membership; ask another admin');
  if (viewer.role !== 'owner' && roles.includes('owner'))
    throw new AppError('FORBIDDEN', 'only an owner may grant, change or remove the owner role');
}
