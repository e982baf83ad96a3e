import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import { createAppContext } from '../app/app-context.js';
import { loadConfig } from '../config/config.js';
import { buildServer } from '../http/server.js';
import { createLogger } from '../logging/logger.js';

let s: TestServer;
beforeAll(async () => (s = await startTestServer()));
afterAll(() => s.close());

describe('API tokens', () => {
  it('shows a new token once, stores only its hash, and never lists the secret', async () => {
    const { token: admin } = await tenantWithAdmin(s);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer(admin),
      payload: { name: 'siem', role: 'ingest' },
    });
    expect(created.statusCode).toBe(201);
    const secret: string = created.json().token;
    expect(secret).toMatch(/^bwk_/);

    const stored = await s.t.db.all<{ token_hash: string }>('SELECT token_hash FROM api_tokens');
    expect(stored.some((r) => r.token_hash.includes(secret))).toBe(false);
    const list = await s.app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: bearer(admin),
    });
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain('hash');
  });

  it('stops working when revoked', async () => {
    const { tenant, token: admin } = await tenantWithAdmin(s);
    const analyst = await tokenFor(s, tenant, 'analyst');
    const list = (
      await s.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer(admin) })
    ).json();
    const id = list.items.find((t: { role: string }) => t.role === 'analyst').id;
    expect(
      (
        await s.app.inject({
          method: 'DELETE',
          url: `/api/v1/tokens/${id}`,
          headers: bearer(admin),
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await s.app.inject({ method: 'GET', url: '/api/v1/identities', headers: bearer(analyst) }))
        .statusCode,
    ).toBe(401);
  });

  it('cannot revoke or see tokens of another tenant', async () => {
    const one = await tenantWithAdmin(s);
    const two = await tenantWithAdmin(s);
    const ids = (
      await s.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer(one.token) })
    )
      .json()
      .items.map((t: { id: string }) => t.id);
    const res = await s.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${ids[0]}`,
      headers: bearer(two.token),
    });
    expect(res.statusCode).toBe(404);
    const twoList = await s.app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: bearer(two.token),
    });
    expect(twoList.body).not.toContain(ids[0]);
  });

  it('lets only an owner mint an owner, and no analyst manage tokens', async () => {
    const { tenant, token: admin } = await tenantWithAdmin(s);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer(admin),
      payload: { name: 'x', role: 'owner' },
    });
    expect(res.statusCode).toBe(403);
    const analyst = await tokenFor(s, tenant, 'analyst');
    expect(
      (await s.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer(analyst) }))
        .statusCode,
    ).toBe(403);
  });

  it('requires a subject for employee tokens', async () => {
    const { token: admin } = await tenantWithAdmin(s);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer(admin),
      payload: { name: 'e', role: 'employee' },
    });
    expect(res.json()).toMatchObject({ status: 400, detail: expect.stringContaining('subject') });
  });
});

describe('secrets in logs', () => {
  it('never writes a bearer token or a new token to the log', async () => {
    let log = '';
    const sink = new Writable({
      write: (chunk: Buffer, _enc, done) => ((log += chunk.toString()), done()),
    });
    const config = loadConfig({ BULWARK_DATABASE_URL: s.t.url });
    const app = await buildServer(createAppContext(s.t.db, config, createLogger('trace', sink)));
    const { token: admin } = await tenantWithAdmin(s);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer(admin),
      payload: { name: 'x', role: 'analyst' },
    });
    await app.inject({
      method: 'GET',
      url: '/api/v1/identities',
      headers: { authorization: `Bearer ${created.json().token}`, cookie: 'session=s3cret' },
    });
    await app.close();
    expect(log).toContain('request completed');
    expect(log).not.toContain(admin);
    expect(log).not.toContain(created.json().token);
    expect(log).not.toContain('s3cret');
  });
});
