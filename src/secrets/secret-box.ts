import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

/** How to make a key, for messages that tell an operator what to do. */
export const KEY_HINT =
  'set BULWARK_SECRET_KEY to 32 random bytes in base64, e.g. the output of: openssl rand -base64 32';

/**
 * Reads a 256-bit key given as base64 (or base64url) of 32 bytes, or 64 hex digits. Returns a
 * problem as a string.
 */
export function parseSecretKey(text: string): Buffer | string {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, /[-_]/.test(trimmed) ? 'base64url' : 'base64');
  return bytes.length === 32 ? bytes : `must be 32 bytes in base64 or hex (${KEY_HINT})`;
}

/**
 * Encrypts credentials at rest with AES-256-GCM. Each value gets a fresh 96-bit nonce; the
 * `context` (which tenant's which connector) is authenticated with it, so a ciphertext copied to
 * another row does not decrypt. Stored as `v1.<nonce>.<tag>.<ciphertext>`, base64url.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('a SecretBox key is 32 bytes');
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
    return [VERSION, ...parts].join('.');
  }

  /** Decrypts a sealed value; throws when it was sealed with another key or for another context. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || body === undefined)
      throw new Error('the stored secret is not in a known format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new Error(
        'the stored secret cannot be decrypted: BULWARK_SECRET_KEY differs from the key it was stored with',
      );
    }
  }
}
