import { describe, expect, it } from 'vitest';
import {
  bulwarkSignature,
  checkBulwark,
  checkGophish,
  gophishSignature,
} from './webhook-signature.js';

const body = Buffer.from('{"email":"foo.bar@example.com","message":"Clicked Link"}');

describe('GoPhish signatures', () => {
  it('is sha256= and the hex HMAC-SHA256 of the raw body', () => {
    // Computed independently: printf '{}' | openssl dgst -sha256 -hmac s3cret
    expect(gophishSignature('s3cret', Buffer.from('{}'))).toBe(
      'sha256=adbde1ce40c89c14215687d5d762a47df6dfaefcfad61e2e86718ffc8498571b',
    );
  });

  it('accepts the right signature and refuses a wrong, missing or other-body one', () => {
    const good = gophishSignature('s3cret', body);
    expect(checkGophish(good, 's3cret', body)).toEqual({ ok: true });
    expect(checkGophish(good.toUpperCase().replace('SHA256', 'sha256'), 's3cret', body).ok).toBe(
      true,
    );
    expect(checkGophish(good, 'other', body).ok).toBe(false);
    expect(checkGophish(good, 's3cret', Buffer.from(`${body.toString()} `)).ok).toBe(false);
    expect(checkGophish(undefined, 's3cret', body)).toMatchObject({
      reason: expect.stringMatching(/missing/),
    });
  });
});

describe('Bulwark signatures', () => {
  const now = 1_780_000_000_000;
  const ts = String(now / 1000);

  it('accepts a fresh signed request', () => {
    expect(checkBulwark(bulwarkSignature('k', ts, body), ts, 'k', body, now)).toEqual({ ok: true });
  });

  it('refuses an old timestamp even with a valid signature (replay)', () => {
    const old = String(now / 1000 - 600);
    expect(checkBulwark(bulwarkSignature('k', old, body), old, 'k', body, now)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/300 s/),
    });
  });

  it('refuses a signature over another timestamp', () => {
    const sig = bulwarkSignature('k', ts, body);
    expect(checkBulwark(sig, String(now / 1000 + 1), 'k', body, now).ok).toBe(false);
  });
});
