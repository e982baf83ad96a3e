/** How a session began, for the audit trail and the account page. */
export type SignInMethod = 'password' | 'oidc' | 'saml' | 'email-link';

export const SESSION_COOKIE = 'bulwark_session';
export const CSRF_HEADER = 'x-csrf-token';

/** A stored session. Its id is never stored, only the id's hash. */
export interface Session {
  idHash: string;
  userId: string;
  tenantId: string;
  method: SignInMethod;
  ip: string | null;
  userAgent: string | null;
  createdAt: number;
  lastSeenAt: number;
  idleMs: number;
  expiresAt: number;
}

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

/** When a session ends if no request comes: the idle limit, but never past the absolute one. */
export function idleDeadline(session: Session): number {
  return Math.min(session.lastSeenAt + session.idleMs, session.expiresAt);
}

export function isLive(session: Session, now: number): boolean {
  return now < idleDeadline(session);
}

/** How often `last_seen_at` is written, at most: one write a minute, not one a request. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(session: Session, now: number): boolean {
  return now - session.lastSeenAt >= TOUCH_INTERVAL_MS;
}

/** Methods that change nothing need no CSRF token (RFC 9110 §9.2.1 "safe methods"). */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
