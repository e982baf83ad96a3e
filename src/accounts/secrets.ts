import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Session ids, sign-in link tokens and SSO flow ids: 32 random bytes, of which only the SHA-256 is
 * stored. With 256 bits of randomness there is nothing to brute-force, so a fast hash suffices.
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A secret as it arrives from outside: base64url of 32 bytes, nothing else. */
export function looksLikeSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/**
 * The CSRF token of a session (synchronizer pattern): an HMAC of a fixed label keyed by the
 * session id. The server can recompute it from the cookie, so nothing more is stored, and it is
 * useless without the HttpOnly cookie that a script on another site cannot read.
 */
export function csrfTokenOf(sessionId: string): string {
  return createHmac('sha256', sessionId).update('bulwark csrf v1').digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
