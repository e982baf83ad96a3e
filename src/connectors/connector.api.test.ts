import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import { fakeGophish } from './vendor-fakes.test-support.js';

let s: TestServer;
beforeAll(
  async () =>
    (s = await startTestServer({
      BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
      BULWARK_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1/32',
    })),
);
afterAll(() => s.close());

describe('connectors API', () => {
  it('configures a connector, never returns its credentials, runs it and shows its status', async () => {
    const { tenant, token } = await tenantWithAdmin(s);
    const gp = await fakeGophish();
    try {
      const created = await s.app.inject({
        method: 'POST',
        url: '/api/v1/connectors',
        headers: bearer(token),
        payload: {
          kind: 'gophish',
          name: 'phish-sim',
          settings: { baseUrl: gp.url },
          credentials: { apiKey: 'gp-key' },
          intervalSeconds: 600,
        },
      });
      expect(created.statusCode).toBe(201);
      expect(created.body).not.toContain('gp-key');
      const id = created.json().id as string;
      expect(created.json()).toMatchObject({
        kind: 'gophish',
        credentials: 'stored encrypted',
        status: { state: 'never' },
      });

      const ran = await s.app.inject({
        method: 'POST',
        url: `/api/v1/connectors/${id}/run`,
        headers: bearer(token),
      });
      expect(ran.statusCode).toBe(200);
      expect(ran.json().status).toMatchObject({ state: 'ok', runs: 1, lastError: null });
      expect(ran.json().status.lastCounts.stored).toBeGreaterThan(0);

      const list = await s.app.inject({
        method: 'GET',
        url: '/api/v1/connectors',
        headers: bearer(token),
      });
      expect(list.json().items.map((c: { name: string }) => c.name)).toEqual(['phish-sim']);
      expect(list.body).not.toContain('gp-key');

      const audit = await s.t.db.all<{ action: string; details: string }>(
        "SELECT action, details FROM audit_log WHERE tenant_id = ? AND action LIKE 'connector.%'",
        [tenant.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['connector.created']);
      expect(audit[0]?.details).not.toContain('gp-key');
    } finally {
      await gp.close();
    }
  });

  it('replaces credentials only when given, and removes a connector', async () => {
    const { token } = await tenantWithAdmin(s);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/connectors',
      headers: bearer(token),
      payload: { kind: 'knowbe4', name: 'kb4', credentials: { apiKey: 'k1' } },
    });
    const id = created.json().id as string;
    expect(created.json().settings).toMatchObject({
      baseUrl: 'https://us.api.knowbe4.com',
      perPage: 500,
    });
    const patched = await s.app.inject({
      method: 'PATCH',
      url: `/api/v1/connectors/${id}`,
      headers: bearer(token),
      payload: { enabled: false, intervalSeconds: 3600 },
    });
    expect(patched.json()).toMatchObject({ enabled: false, intervalSeconds: 3600 });
    const removed = await s.app.inject({
      method: 'DELETE',
      url: `/api/v1/connectors/${id}`,
      headers: bearer(token),
    });
    expect(removed.statusCode).toBe(204);
    const gone = await s.app.inject({
      method: 'GET',
      url: `/api/v1/connectors/${id}`,
      headers: bearer(token),
    });
    expect(gone.json()).toMatchObject({ status: 404, code: 'CONNECTOR_NOT_FOUND' });
  });

  it('reports bad settings by path, and refuses roles without the permission', async () => {
    const { tenant, token } = await tenantWithAdmin(s);
    const bad = await s.app.inject({
      method: 'POST',
      url: '/api/v1/connectors',
      headers: bearer(token),
      payload: { kind: 'okta', name: 'x', settings: { baseUrl: 'not a url' }, credentials: {} },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['settings.baseUrl', 'credentials.apiToken']),
    );
    const analyst = await tokenFor(s, tenant, 'analyst');
    const refused = await s.app.inject({
      method: 'GET',
      url: '/api/v1/connectors',
      headers: bearer(analyst),
    });
    expect(refused.statusCode).toBe(403);
  });

  it("cannot see or run another tenant's connector", async () => {
    const one = await tenantWithAdmin(s);
    const two = await tenantWithAdmin(s);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/connectors',
      headers: bearer(one.token),
      payload: {
        kind: 'gophish',
        name: 'mine',
        settings: { baseUrl: 'https://gophish.example.com' },
        credentials: { apiKey: 'k' },
      },
    });
    const id = created.json().id as string;
    for (const [method, url] of [
      ['GET', `/api/v1/connectors/${id}`],
      ['POST', `/api/v1/connectors/${id}/run`],
      ['DELETE', `/api/v1/connectors/${id}`],
    ] as const) {
      const res = await s.app.inject({ method, url, headers: bearer(two.token) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});

describe('without BULWARK_SECRET_KEY', () => {
  it('refuses to store credentials and says how to set a key', async () => {
    const plain = await startTestServer();
    try {
      const { token } = await tenantWithAdmin(plain);
      const res = await plain.app.inject({
        method: 'POST',
        url: '/api/v1/connectors',
        headers: bearer(token),
        payload: { kind: 'knowbe4', name: 'kb4', credentials: { apiKey: 'k' } },
      });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        code: 'SECRET_KEY_MISSING',
        detail: expect.stringMatching(/openssl rand -base64 32/),
      });
    } finally {
      await plain.close();
    }
  });
});
