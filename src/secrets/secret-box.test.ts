import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSecretKey, SecretBox } from './secret-box.js';

const box = new SecretBox(randomBytes(32));

describe('SecretBox', () => {
  it('opens what it sealed, and never stores the plaintext', () => {
    const sealed = box.seal('s3cr3t-api-key', 'connector:t1:c1');
    expect(sealed).not.toContain('s3cr3t');
    expect(box.open(sealed, 'connector:t1:c1')).toBe('s3cr3t-api-key');
  });

  it('seals the same value differently each time (fresh nonce)', () => {
    expect(box.seal('x', 'c')).not.toBe(box.seal('x', 'c'));
  });

  it('refuses a value moved to another context', () => {
    const sealed = box.seal('secret', 'connector:t1:c1');
    expect(() => box.open(sealed, 'connector:t2:c1')).toThrow(/cannot be decrypted/);
  });

  it('refuses a value sealed with another key, and a tampered one', () => {
    const sealed = box.seal('secret', 'c');
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'c')).toThrow(/BULWARK_SECRET_KEY/);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => box.open(parts.join('.'), 'c')).toThrow(/cannot be decrypted/);
  });
});

describe('parseSecretKey', () => {
  it('reads base64, base64url and hex keys of 32 bytes', () => {
    const key = randomBytes(32);
    for (const text of [key.toString('base64'), key.toString('base64url'), key.toString('hex')])
      expect(parseSecretKey(text)).toEqual(key);
  });

  it('says how to make a key when the value is not 32 bytes', () => {
    expect(parseSecretKey('short')).toMatch(/openssl rand -base64 32/);
  });
});
