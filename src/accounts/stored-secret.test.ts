import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from '../secrets/secret-box.js';
import { columnsOf, openSecret, sealSecret, storedSecret } from './stored-secret.js';

const box = new SecretBox(randomBytes(32));

describe('stored secrets', () => {
  it('prefers the sealed column, and falls back to a legacy plain value', () => {
    expect(storedSecret('v1.x', 'plain')).toEqual({ sealed: 'v1.x' });
    expect(storedSecret(null, 'plain')).toEqual({ plain: 'plain' });
    expect(storedSecret(null, null)).toBeNull();
  });

  it('writes a sealed value with the plain column cleared', () => {
    const sealed = sealSecret(box, 'JBSWY3DPEHPK3PXP', 'totp:u1');
    expect(columnsOf(sealed)).toEqual({ sealed: expect.stringMatching(/^v1\./), plain: null });
    expect(JSON.stringify(sealed)).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(box, sealed, 'totp:u1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(box, sealed, 'totp:u2')).toThrow(/cannot be decrypted/);
  });

  it('says how to configure a key when there is none', () => {
    expect(() => sealSecret(undefined, 's', 'c')).toThrow(/BULWARK_SECRET_KEY.*openssl rand/);
    expect(() => openSecret(undefined, { sealed: 'v1.a.b.c' }, 'c')).toThrow(/BULWARK_SECRET_KEY/);
    expect(openSecret(undefined, { plain: 'legacy' }, 'c')).toBe('legacy');
  });
});
