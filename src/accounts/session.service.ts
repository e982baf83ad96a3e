import type { Viewer } from '../auth/viewer.js';
import type { Queryable } from '../storage/db.js';
import { findMembership } from './membership.repository.js';
import { csrfTokenOf, hashSecret, looksLikeSecret, newSecret } from './secrets.js';
import type { Session, SessionPolicy, SignInMethod } from './session.js';
import { isLive, needsTouch } from './session.js';
import {
  deleteEndedSessions,
  deleteSession,
  findSession,
  insertSession,
  touchSession,
} from './session.repository.js';
import type { Membership, User } from './user.js';
import { findUserById } from './user.repository.js';

export interface NewSession {
  userId: string;
  tenantId: string;
  method: SignInMethod;
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session and returns its id, which goes only into the cookie. */
export async function startSession(
  db: Queryable,
  input: NewSession,
  policy: SessionPolicy,
  now: number,
): Promise<{ id: string; session: Session }> {
  await deleteEndedSessions(db, now);
  const id = newSecret();
  const session: Session = {
    ...input,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    idHash: hashSecret(id),
    createdAt: now,
    lastSeenAt: now,
    idleMs: policy.idleMs,
    expiresAt: now + policy.maxMs,
  };
  await insertSession(db, session);
  return { id, session };
}

/** A live session with the user and their membership in the session's current tenant. */
export interface ResolvedSession {
  session: Session;
  user: User;
  membership: Membership;
  csrfToken: string;
}

/**
 * Resolves a session id from a cookie. Undefined when it is unknown, has ended, or its user was
 * disabled or removed from the tenant since: any of these means signing in again.
 */
export async function resolveSession(
  db: Queryable,
  presented: string,
  now: number,
): Promise<ResolvedSession | undefined> {
  if (!looksLikeSecret(presented)) return undefined;
  const session = await findSession(db, hashSecret(presented));
  if (!session) return undefined;
  if (!isLive(session, now)) {
    await deleteSession(db, session.idHash);
    return undefined;
  }
  const user = await findUserById(db, session.userId);
  const membership = user && (await findMembership(db, session.tenantId, user.id));
  if (!user || user.disabledAt !== null || !membership) return undefined;
  if (needsTouch(session, now)) await touchSession(db, session.idHash, now);
  return { session, user, membership, csrfToken: csrfTokenOf(presented) };
}

/** The same viewer a token of that role and scope would give, acting as the user. */
export function viewerOfSession(resolved: ResolvedSession): Viewer {
  const { membership, user } = resolved;
  return {
    tenantId: membership.tenantId,
    role: membership.role,
    subjectId: membership.subjectId,
    scope: membership.scope,
    actor: `user:${user.id}`,
  };
}
