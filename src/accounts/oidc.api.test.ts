import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tokenFor } from '../../test/support/server.js';
import { makeTenant, uniqueEmail } from '../../test/support/factories.js';
import type { Tenant } from '../tenancy/tenant.js';
import { userIn } from './accounts.test-support.js';
import type { TestIdp } from './oidc.test-support.js';
import { startTestIdp } from './oidc.test-support.js';

const PUBLIC_URL = 'http://localhost:8080';
let s: TestServer;
let idp: TestIdp;
let tenant: Tenant;

beforeAll(async () => {
  s = await startTestServer({
    BULWARK_PUBLIC_URL: PUBLIC_URL,
    BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
  });
  tenant = await makeTenant(s.t.db, 'sso');
  idp = await startTestIdp(`${PUBLIC_URL}/api/v1/auth/oidc/${tenant.slug}/callback`);
  const admin = await tokenFor(s, tenant, 'admin');
  const put = await s.app.inject({
    method: 'PUT',
    url: '/api/v1/sso/oidc',
    headers: bearer(admin),
    payload: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret },
  });
  if (put.statusCode !== 200) throw new Error(put.body);
}, 60_000);
afterAll(async () => {
  await idp.close();
  await s.close();
});

/** A browser's cookies for the identity provider. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

interface Tampering {
  authorizeUrl?: (url: URL) => void;
  callbackUrl?: (url: URL) => void;
  flowCookie?: string;
}

/** Signs `account` in through the provider as a browser would, and returns Bulwark's answer. */
async function ssoSignIn(account: string, tampering: Tampering = {}) {
  idp.nextAccount = account;
  const start = await s.app.inject({
    method: 'GET',
    url: `/api/v1/auth/oidc/${tenant.slug}/start`,
  });
  expect(start.statusCode).toBe(302);
  const flowCookie = String(start.headers['set-cookie']).split(';')[0] ?? '';
  const authorize = new URL(String(start.headers.location));
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  tampering.authorizeUrl?.(authorize);
  const jar = new Jar();
  let next = authorize.href;
  for (let hops = 0; hops < 10 && next.startsWith(idp.issuer); hops++) {
    const res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(res);
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider stopped at ${next}: ${res.status}`);
    next = new URL(location, next).href;
  }
  const callback = new URL(next);
  expect(callback.origin + callback.pathname).toBe(
    `${PUBLIC_URL}/api/v1/auth/oidc/${tenant.slug}/callback`,
  );
  tampering.callbackUrl?.(callback);
  return s.app.inject({
    method: 'GET',
    url: callback.pathname + callback.search,
    headers: { cookie: tampering.flowCookie ?? flowCookie },
  });
}

async function refusals(): Promise<string[]> {
  const rows = await s.t.db.all<{ details: string }>(
    "SELECT details FROM audit_log WHERE tenant_id = ? AND action = 'auth.sso_refused' ORDER BY seq",
    [tenant.id],
  );
  return rows.map((r) => (JSON.parse(r.details) as { reason: string }).reason);
}

describe('OpenID Connect sign-in', () => {
  it('signs a member in by verified email and starts a session', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    idp.accounts.set('alice', { email: user.email, emailVerified: true });
    const res = await ssoSignIn('alice');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/`);
    const cookie = [res.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith('bulwark_session='));
    const session = await s.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: cookie?.split(';')[0] ?? '' },
    });
    expect(session.json()).toMatchObject({
      user: { id: user.id },
      role: 'analyst',
      method: 'oidc',
    });
  });

  it('refuses an ID token whose content was changed after signing', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    idp.accounts.set('bob', { email: user.email, emailVerified: true });
    idp.tamperIdToken = true;
    try {
      const res = await ssoSignIn('bob');
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'SSO_FAILED' });
      expect(res.headers['set-cookie']).not.toContain('bulwark_session=');
    } finally {
      idp.tamperIdToken = false;
    }
    expect((await refusals()).at(-1)).toMatch(/answer was refused: .*signature/i);
  });

  it('refuses a changed state, a foreign nonce and a missing flow cookie', async () => {
    const user = await userIn(s, tenant, 'auditor', { password: null });
    idp.accounts.set('carol', { email: user.email, emailVerified: true });
    const badState = await ssoSignIn('carol', {
      callbackUrl: (u) => u.searchParams.set('state', 'forged-state'),
    });
    expect(badState.statusCode).toBe(401);
    const badNonce = await ssoSignIn('carol', {
      authorizeUrl: (u) => u.searchParams.set('nonce', 'attacker-nonce'),
    });
    expect(badNonce.statusCode).toBe(401);
    expect(badNonce.json().detail).toMatch(/answer was refused/);
    const noCookie = await ssoSignIn('carol', { flowCookie: '' });
    expect(noCookie.statusCode).toBe(401);
    expect(noCookie.json().detail).toContain('no sign-in was started in this browser');
  });

  it('refuses an unverified email, a person who is not a member and a disabled user', async () => {
    idp.accounts.set('dave', { email: uniqueEmail('dave'), emailVerified: true });
    const stranger = await ssoSignIn('dave');
    expect(stranger.statusCode).toBe(401);
    expect(stranger.json().detail).toContain('is not a member of this tenant');
    const user = await userIn(s, tenant, 'analyst', { password: null });
    idp.accounts.set('erin', { email: user.email, emailVerified: false });
    expect((await ssoSignIn('erin')).statusCode).toBe(401);
    const disabled = await userIn(s, tenant, 'analyst', { password: null });
    await s.t.db.run('UPDATE users SET disabled_at = ? WHERE id = ?', [Date.now(), disabled.id]);
    idp.accounts.set('frank', { email: disabled.email, emailVerified: true });
    const refused = await ssoSignIn('frank');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().detail).toContain('is disabled');
  });

  it('answers a tenant without SSO like an unknown one', async () => {
    const other = await makeTenant(s.t.db);
    const a = await s.app.inject({ method: 'GET', url: `/api/v1/auth/oidc/${other.slug}/start` });
    const b = await s.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/no-such-tenant/start' });
    expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
    expect(a.json().detail.replace(other.slug, 'x')).toBe(
      b.json().detail.replace('no-such-tenant', 'x'),
    );
  });
});
