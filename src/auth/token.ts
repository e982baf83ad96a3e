import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'bwk_';

/** A new API token: 32 random bytes, shown once; only its SHA-256 is stored. */
export function generateToken(): { token: string; hash: string; prefix: string } {
  const token = PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) };
}

/**
 * Tokens carry 256 bits of randomness, so a fast hash is enough: there is nothing to brute-force,
 * unlike a password.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > PREFIX.length + 20 && value.length < 200;
}
