import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { SecretBox } from '../secrets/secret-box.js';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin } from '../../test/support/server.js';
import type { Tenant } from '../tenancy/tenant.js';
import type { Browser } from './accounts.test-support.js';
import { TEST_PASSWORD, login, userIn } from './accounts.test-support.js';
import { sealLegacySecrets, sealLegacySecretsAtStart } from './legacy-secrets.service.js';
import { totpCode } from './totp.js';

const KEY = randomBytes(32);
let s: TestServer;
let keyless: TestServer;

beforeAll(async () => {
  s = await startTestServer({ BULWARK_SECRET_KEY: KEY.toString('base64') });
  keyless = await startTestServer();
}, 60_000);
afterAll(async () => {
  await s.close();
  await keyless.close();
});

interface TotpColumns extends Record<string, unknown> {
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_secret_sealed: string | null;
  totp_pending_sealed: string | null;
}

const columns = (server: TestServer, userId: string) =>
  server.t.db.get<TotpColumns>(
    `SELECT totp_secret, totp_pending_secret, totp_secret_sealed, totp_pending_sealed
     FROM users WHERE id = ?`,
    [userId],
  );

async function enroll(server: TestServer, browser: Browser) {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/enroll',
    headers: browser.headers,
  });
}

/** Everything a signed-in person and their administrator can read about the account. */
async function readable(server: TestServer, browser: Browser, admin: string, userId: string) {
  const urls = ['/api/v1/auth/session', '/api/v1/users', `/api/v1/users/${userId}`];
  const bodies = await Promise.all(
    urls.map((url) =>
      server.app.inject({
        method: 'GET',
        url,
        headers: url === '/api/v1/auth/session' ? browser.headers : bearer(admin),
      }),
    ),
  );
  return bodies.map((r) => r.body).join('\n');
}

describe('TOTP secrets at rest', () => {
  let tenant: Tenant;
  let admin: string;
  beforeAll(async () => ({ tenant, token: admin } = await tenantWithAdmin(s)));

  it('stores the secret sealed, never returns it after enrolment, and signs in with it', async () => {
    const user = await userIn(s, tenant, 'analyst');
    const browser = await login(s, user.email);
    const enrolled = await enroll(s, browser);
    expect(enrolled.statusCode, enrolled.body).toBe(200);
    const { secret } = enrolled.json<{ secret: string }>();
    const pending = await columns(s, user.id);
    expect(pending).toMatchObject({ totp_secret: null, totp_pending_secret: null });
    expect(pending?.totp_pending_sealed).toMatch(/^v1\./);
    expect(pending?.totp_pending_sealed).not.toContain(secret);
    const confirm = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirm',
      headers: browser.headers,
      payload: { code: totpCode(secret, Date.now()) },
    });
    expect(confirm.statusCode, confirm.body).toBe(204);
    const active = await columns(s, user.id);
    expect(active).toMatchObject({ totp_secret: null, totp_pending_sealed: null });
    expect(new SecretBox(KEY).open(active?.totp_secret_sealed ?? '', `totp:${user.id}`)).toBe(
      secret,
    );
    expect(await readable(s, browser, admin, user.id)).not.toContain(secret);
    const again = await enroll(s, browser);
    expect(again.statusCode).toBe(409);
    expect(again.body).not.toContain(secret);
    const wrong = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD, totp: '000000' },
    });
    expect(wrong.statusCode).toBe(401);
    await login(s, user.email, TEST_PASSWORD, { totp: totpCode(secret, Date.now() + 30_000) });
  });

  it('without BULWARK_SECRET_KEY, refuses to enrol and says how to set a key', async () => {
    const { tenant: other } = await tenantWithAdmin(keyless);
    const user = await userIn(keyless, other, 'analyst');
    const res = await enroll(keyless, await login(keyless, user.email));
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'SECRET_KEY_MISSING' });
    expect(res.json().detail).toMatch(/BULWARK_SECRET_KEY.*openssl rand -base64 32/);
    expect(await columns(keyless, user.id)).toMatchObject({
      totp_pending_secret: null,
      totp_pending_sealed: null,
    });
  });
});

describe('OIDC client secrets at rest', () => {
  it('stores the client secret sealed and never returns it', async () => {
    const { tenant, token } = await tenantWithAdmin(s);
    const clientSecret = `oidc-secret-${randomBytes(8).toString('hex')}`;
    const put = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/oidc',
      headers: bearer(token),
      payload: { issuer: 'https://idp.example.com', clientId: 'bulwark', clientSecret },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ hasClientSecret: true });
    const got = await s.app.inject({
      method: 'GET',
      url: '/api/v1/sso/oidc',
      headers: bearer(token),
    });
    const audit = await s.t.db.all<{ details: string }>(
      'SELECT details FROM audit_log WHERE tenant_id = ?',
      [tenant.id],
    );
    for (const text of [put.body, got.body, ...audit.map((a) => a.details)])
      expect(text).not.toContain(clientSecret);
    const row = await s.t.db.get<{ client_secret: string | null; client_secret_sealed: string }>(
      'SELECT client_secret, client_secret_sealed FROM oidc_configs WHERE tenant_id = ?',
      [tenant.id],
    );
    expect(row?.client_secret).toBeNull();
    expect(row?.client_secret_sealed).not.toContain(clientSecret);
    expect(
      new SecretBox(KEY).open(row?.client_secret_sealed ?? '', `oidc-client-secret:${tenant.id}`),
    ).toBe(clientSecret);
    const keep = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/oidc',
      headers: bearer(token),
      payload: { issuer: 'https://idp.example.com', clientId: 'renamed' },
    });
    expect(keep.json()).toMatchObject({ hasClientSecret: true, clientId: 'renamed' });
  });

  it('without BULWARK_SECRET_KEY, refuses a client secret and says how to set a key', async () => {
    const { token } = await tenantWithAdmin(keyless);
    const res = await keyless.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/oidc',
      headers: bearer(token),
      payload: { issuer: 'https://idp.example.com', clientId: 'bulwark', clientSecret: 'x' },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().detail).toMatch(/BULWARK_SECRET_KEY/);
  });
});

describe('secrets stored in plain text before migration 9', () => {
  it('keep working, and are sealed at start-up once a key is set', async () => {
    const { tenant } = await tenantWithAdmin(s);
    const user = await userIn(s, tenant, 'analyst');
    const secret = 'JBSWY3DPEHPK3PXP';
    await s.t.db.run('UPDATE users SET totp_secret = ? WHERE id = ?', [secret, user.id]);
    await s.t.db.run(
      `INSERT INTO oidc_configs (tenant_id, issuer, client_id, client_secret, enabled, created_at, updated_at)
       VALUES (?, 'https://idp.example.com', 'legacy', 'legacy-client-secret', 1, 0, 0)`,
      [tenant.id],
    );
    await login(s, user.email, TEST_PASSWORD, { totp: totpCode(secret, Date.now()) });
    const sealed = await sealLegacySecrets(s.t.db, new SecretBox(KEY));
    expect(sealed.totpSecrets).toBeGreaterThanOrEqual(1);
    expect(sealed.oidcClientSecrets).toBeGreaterThanOrEqual(1);
    const row = await columns(s, user.id);
    expect(row?.totp_secret).toBeNull();
    expect(row?.totp_secret_sealed).not.toContain(secret);
    const oidc = await s.t.db.get<{ client_secret: string | null; client_secret_sealed: string }>(
      'SELECT client_secret, client_secret_sealed FROM oidc_configs WHERE tenant_id = ?',
      [tenant.id],
    );
    expect(oidc?.client_secret).toBeNull();
    expect(oidc?.client_secret_sealed).not.toContain('legacy-client-secret');
    await login(s, user.email, TEST_PASSWORD, { totp: totpCode(secret, Date.now() + 30_000) });
    expect(await sealLegacySecrets(s.t.db, new SecretBox(KEY))).toEqual({
      totpSecrets: 0,
      oidcClientSecrets: 0,
    });
  });

  it('without a key, start-up warns what to do and leaves them readable', async () => {
    const { tenant } = await tenantWithAdmin(keyless);
    const user = await userIn(keyless, tenant, 'analyst');
    await keyless.t.db.run('UPDATE users SET totp_secret = ? WHERE id = ?', [
      'JBSWY3DPEHPK3PXP',
      user.id,
    ]);
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    await sealLegacySecretsAtStart(keyless.t.db, undefined, logger);
    expect(lines.join('')).toMatch(/plain text: set BULWARK_SECRET_KEY/);
    expect(lines.join('')).not.toContain('JBSWY3DPEHPK3PXP');
    expect((await columns(keyless, user.id))?.totp_secret).toBe('JBSWY3DPEHPK3PXP');
  });
});
