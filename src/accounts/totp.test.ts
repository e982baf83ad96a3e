import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  otpauthUri,
  totpCode,
  totpStep,
} from './totp.js';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890"; the RFC lists
// 8-digit values, whose last six digits are the 6-digit codes.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));
const rfcVectors: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

describe('TOTP', () => {
  it.each(rfcVectors)('matches RFC 6238 at %i s', (seconds, code) => {
    expect(totpCode(rfcSecret, seconds * 1000)).toBe(code);
  });

  it('matches RFC 4226 Appendix D HOTP values', () => {
    const key = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });

  it('accepts one step of drift, refuses two, and never the same step twice', () => {
    const now = 1_700_000_000_000;
    const previous = totpCode(rfcSecret, now - 30_000);
    expect(matchTotp(rfcSecret, previous, now, null)).toBe(totpStep(now) - 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, now - 60_000), now, null)).toBeUndefined();
    const step = matchTotp(rfcSecret, totpCode(rfcSecret, now), now, null);
    expect(step).toBe(totpStep(now));
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, now), now, step ?? null)).toBeUndefined();
  });

  it('refuses codes that are not six digits', () => {
    expect(matchTotp(rfcSecret, '12345', 0, null)).toBeUndefined();
    expect(matchTotp(rfcSecret, 'abcdef', 0, null)).toBeUndefined();
  });

  it('builds an otpauth URI with the issuer in the label', () => {
    expect(otpauthUri('ABC', 'a@example.com')).toBe(
      'otpauth://totp/Bulwark%3Aa%40example.com?secret=ABC&issuer=Bulwark&algorithm=SHA1&digits=6&period=30',
    );
  });
});
