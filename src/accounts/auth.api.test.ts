import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { startTestServer } from '../../test/support/server.js';
import { makeTenant, uniqueEmail } from '../../test/support/factories.js';
import { TEST_PASSWORD, login, userIn } from './accounts.test-support.js';
import { THROTTLE } from './throttle.js';

let s: TestServer;
beforeAll(async () => (s = await startTestServer()));
afterAll(() => s.close());

async function auditActions(tenantId: string | null): Promise<string[]> {
  const rows = await s.t.db.all<{ action: string }>(
    'SELECT action FROM audit_log WHERE tenant_id = ? ORDER BY seq',
    [tenantId ?? 'installation'],
  );
  return rows.map((r) => r.action);
}

describe('password sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and describes the session', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'analyst');
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^bulwark_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(res.json()).toMatchObject({
      user: { id: user.id, email: user.email, totpEnabled: false },
      tenant: { id: tenant.id, slug: tenant.slug },
      role: 'analyst',
      method: 'password',
      tenants: [{ slug: tenant.slug, role: 'analyst' }],
    });
    expect(res.json().permissions).toContain('events:write');
    expect(res.json().permissions).not.toContain('tokens:manage');
    const stored = await s.t.db.all<{ id_hash: string }>('SELECT id_hash FROM sessions');
    expect(stored.some((r) => cookie.includes(r.id_hash))).toBe(false);
    expect(await auditActions(tenant.id)).toContain('auth.login');
  });

  it('marks the cookie Secure when served over https', async () => {
    const secure = await startTestServer({ BULWARK_PUBLIC_URL: 'https://bulwark.example.com' });
    try {
      const tenant = await makeTenant(secure.t.db);
      const user = await userIn(secure, tenant, 'admin');
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password and an unknown account alike, and logs both', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'admin');
    const wrong = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'not the password at all' },
    });
    const unknown = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: uniqueEmail('nobody'), password: 'not the password at all' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(await auditActions(tenant.id)).toEqual(['membership.added', 'auth.login_failed']);
    expect(await auditActions(null)).toContain('auth.login_failed');
  });

  it('holds an account after repeated failures, with Retry-After, even for the right password', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'admin');
    for (let i = 0; i < THROTTLE.perAccount; i++)
      await s.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: `wrong password ${i}` },
      });
    const held = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(held.statusCode).toBe(429);
    expect(held.json().code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a user who belongs to no tenant', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'admin');
    await s.t.db.run('DELETE FROM memberships WHERE user_id = ?', [user.id]);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('sessions', () => {
  it('give the same view as a token of the role, and end at logout', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'auditor');
    const browser = await login(s, user.email);
    const list = await s.app.inject({
      method: 'GET',
      url: '/api/v1/identities',
      headers: { cookie: browser.cookie },
    });
    expect(list.statusCode).toBe(200);
    const forbidden = await s.app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: { cookie: browser.cookie },
    });
    expect(forbidden.statusCode).toBe(403);
    const out = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: browser.headers,
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    const after = await s.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: browser.cookie },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('SESSION_EXPIRED');
    expect(await auditActions(tenant.id)).toEqual(
      expect.arrayContaining(['auth.login', 'auth.logout']),
    );
  });

  it('require the CSRF token on changes, and not on reads', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'admin');
    const browser = await login(s, user.email);
    const body = { name: 'ci', role: 'ingest' };
    const missing = await s.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: browser.cookie },
      payload: body,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF_REJECTED');
    const forged = await s.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: browser.cookie, 'x-csrf-token': `${browser.csrf.slice(0, -2)}AA` },
      payload: body,
    });
    expect(forged.json().code).toBe('CSRF_REJECTED');
    const other = await login(s, (await userIn(s, tenant, 'admin')).email);
    const crossed = await s.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: browser.cookie, 'x-csrf-token': other.csrf },
      payload: body,
    });
    expect(crossed.json().code).toBe('CSRF_REJECTED');
    const ok = await s.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: browser.headers,
      payload: body,
    });
    expect(ok.statusCode).toBe(201);
    const audit = await s.app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=token.created',
      headers: { cookie: browser.cookie },
    });
    expect(audit.json().items[0]).toMatchObject({
      actor: `user:${user.id}`,
      action: 'token.created',
      details: { name: 'ci', role: 'ingest' },
    });
  });

  it('end after the idle limit', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'analyst');
    const browser = await login(s, user.email);
    await s.t.db.run(
      'UPDATE sessions SET last_seen_at = last_seen_at - idle_ms WHERE user_id = ?',
      [user.id],
    );
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/identities',
      headers: { cookie: browser.cookie },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toContain('sign in again');
  });

  it('stop working when the membership is removed', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'analyst');
    const browser = await login(s, user.email);
    await s.t.db.run('DELETE FROM memberships WHERE user_id = ?', [user.id]);
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/identities',
      headers: { cookie: browser.cookie },
    });
    expect(res.statusCode).toBe(401);
  });

  it('switch between the tenants a user belongs to, and never to another', async () => {
    const one = await makeTenant(s.t.db);
    const two = await makeTenant(s.t.db);
    const stranger = await makeTenant(s.t.db);
    const user = await userIn(s, one, 'admin');
    const { addMembership } = await import('./user.service.js');
    await addMembership(s.t.db, two.id, user.id, { role: 'auditor' }, { actor: 'cli', ip: null });
    const browser = await login(s, user.email, TEST_PASSWORD, { tenant: two.slug });
    const start = await s.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: browser.cookie },
    });
    expect(start.json()).toMatchObject({ tenant: { slug: two.slug }, role: 'auditor' });
    expect(
      start
        .json()
        .tenants.map((t: { slug: string }) => t.slug)
        .sort(),
    ).toEqual([one.slug, two.slug].sort());
    const switched = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-tenant',
      headers: browser.headers,
      payload: { tenant: one.slug },
    });
    expect(switched.json()).toMatchObject({ tenant: { slug: one.slug }, role: 'admin' });
    const refused = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-tenant',
      headers: browser.headers,
      payload: { tenant: stranger.slug },
    });
    expect(refused.statusCode).toBe(404);
    const missing = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-tenant',
      headers: browser.headers,
      payload: { tenant: 'no-such-tenant-anywhere' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail.replace('no-such-tenant-anywhere', stranger.slug)).toBe(
      refused.json().detail,
    );
    expect(await auditActions(one.id)).toContain('auth.tenant_switched');
  });

  it('are for people: an API token cannot read or switch a session', async () => {
    const tenant = await makeTenant(s.t.db);
    const { tokenFor, bearer } = await import('../../test/support/server.js');
    const token = await tokenFor(s, tenant, 'owner');
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(403);
  });
});
