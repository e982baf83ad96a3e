import { describe, expect, it } from 'vitest';
import { parseCookies, serialiseCookie } from './cookies.js';

describe('cookies', () => {
  it('parses a header and keeps the first of a repeated name', () => {
    const c = parseCookies('a=1; bulwark_session=xyz;b=2; a=3; junk; =x');
    expect([...c.entries()]).toEqual([
      ['a', '1'],
      ['bulwark_session', 'xyz'],
      ['b', '2'],
    ]);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('always sets HttpOnly and SameSite=Lax, and Secure only when asked', () => {
    expect(serialiseCookie('s', 'v', { path: '/', secure: true, maxAge: 60 })).toBe(
      's=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure',
    );
    expect(serialiseCookie('s', '', { path: '/api', secure: false, maxAge: 0 })).toBe(
      's=; Path=/api; HttpOnly; SameSite=Lax; Max-Age=0',
    );
  });
});
