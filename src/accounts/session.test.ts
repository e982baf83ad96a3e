import { describe, expect, it } from 'vitest';
import type { Session } from './session.js';
import { idleDeadline, isLive, isSafeMethod, needsTouch } from './session.js';
import { csrfTokenOf, newSecret, sameSecret } from './secrets.js';

const base: Session = {
  idHash: 'h',
  userId: 'u',
  tenantId: 't',
  method: 'password',
  ip: null,
  userAgent: null,
  createdAt: 0,
  lastSeenAt: 0,
  idleMs: 30 * 60_000,
  expiresAt: 12 * 3_600_000,
};

describe('session lifetime', () => {
  it('ends after the idle limit without requests', () => {
    expect(isLive(base, 29 * 60_000)).toBe(true);
    expect(isLive(base, 30 * 60_000)).toBe(false);
  });

  it('ends at the absolute limit however active', () => {
    const active = { ...base, lastSeenAt: 12 * 3_600_000 - 1000 };
    expect(idleDeadline(active)).toBe(base.expiresAt);
    expect(isLive(active, base.expiresAt)).toBe(false);
  });

  it('writes last_seen_at at most once a minute', () => {
    expect(needsTouch(base, 59_999)).toBe(false);
    expect(needsTouch(base, 60_000)).toBe(true);
  });
});

describe('CSRF token', () => {
  it('is derived from the session id, differs between sessions and compares in constant time', () => {
    const a = newSecret();
    const b = newSecret();
    expect(csrfTokenOf(a)).toBe(csrfTokenOf(a));
    expect(csrfTokenOf(a)).not.toBe(csrfTokenOf(b));
    expect(sameSecret(csrfTokenOf(a), csrfTokenOf(a))).toBe(true);
    expect(sameSecret(csrfTokenOf(a), csrfTokenOf(b))).toBe(false);
    expect(sameSecret(csrfTokenOf(a), '')).toBe(false);
  });

  it('is needed on every method but the safe ones', () => {
    expect(['GET', 'HEAD', 'OPTIONS'].every(isSafeMethod)).toBe(true);
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].some(isSafeMethod)).toBe(false);
  });
});
