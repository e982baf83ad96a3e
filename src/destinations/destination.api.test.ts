import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import { startLocalServer } from '../../test/support/local-http.js';
import { checkBulwark } from '../transports/webhooks/webhook-signature.js';
import { enqueue } from './outbox.service.js';
import { messageKinds } from './destination.js';

let s: TestServer;
beforeAll(
  async () =>
    (s = await startTestServer({
      BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
      BULWARK_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1/32',
    })),
);
afterAll(() => s.close());

const SECRET = 'never-shown-webhook-secret';

describe('destinations API', () => {
  it('configures a destination, never returns or records its secret, and sends a signed test', async () => {
    const { tenant, token } = await tenantWithAdmin(s);
    const hook = await startLocalServer((req, res) => {
      const check = checkBulwark(
        req.headers['x-bulwark-signature'] as string,
        req.headers['x-bulwark-timestamp'] as string,
        SECRET,
        Buffer.from(req.body),
        Date.now(),
      );
      res.statusCode = check.ok ? 200 : 401;
      res.end();
    });
    try {
      const created = await s.app.inject({
        method: 'POST',
        url: '/api/v1/destinations',
        headers: bearer(token),
        payload: {
          kind: 'webhook',
          name: 'soar',
          settings: { url: `${hook.url}/in` },
          credentials: { secret: SECRET },
          minLevel: 'medium',
        },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json<{ id: string }>().id;
      expect(created.json()).toMatchObject({
        kind: 'webhook',
        credentials: 'stored encrypted',
        minLevel: 'medium',
        identityKinds: ['person', 'agent'],
        status: { pending: 0, delivered: 0, dead: 0, lastError: null },
      });

      const tested = await s.app.inject({
        method: 'POST',
        url: `/api/v1/destinations/${id}/test`,
        headers: bearer(token),
      });
      expect(tested.json()).toEqual({ outcome: 'delivered', error: null });
      expect(JSON.parse(hook.received[0]?.body ?? '{}')).toMatchObject({
        type: 'destination.test',
      });

      const changed = await s.app.inject({
        method: 'PATCH',
        url: `/api/v1/destinations/${id}`,
        headers: bearer(token),
        payload: { credentials: { secret: `${SECRET}-2` }, enabled: false },
      });
      expect(changed.json()).toMatchObject({ enabled: false });

      const bodies = [created.body, tested.body, changed.body];
      for (const url of ['/api/v1/destinations', `/api/v1/destinations/${id}`])
        bodies.push((await s.app.inject({ method: 'GET', url, headers: bearer(token) })).body);
      for (const body of bodies) expect(body).not.toContain(SECRET);
      const stored = await s.t.db.get<{ credentials: string }>(
        'SELECT credentials FROM destinations WHERE tenant_id = ? AND id = ?',
        [tenant.id, id],
      );
      expect(stored?.credentials).not.toContain(SECRET);
      const audit = await s.t.db.all<{ action: string; details: string }>(
        `SELECT action, details FROM audit_log WHERE tenant_id = ? AND action LIKE 'destination.%'`,
        [tenant.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['destination.created', 'destination.changed']);
      expect(JSON.stringify(audit)).not.toContain(SECRET);
      expect(audit[1]?.details).toContain('"credentialsReplaced":true');
    } finally {
      await hook.close();
    }
  });

  it('reports every invalid field, and refuses a second destination of the same name', async () => {
    const { token } = await tenantWithAdmin(s);
    const bad = await s.app.inject({
      method: 'POST',
      url: '/api/v1/destinations',
      headers: bearer(token),
      payload: { kind: 'splunk-hec', name: 'siem', settings: { url: 'ftp://x' }, credentials: {} },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['settings.url', 'credentials.token']));
    const good = {
      kind: 'syslog-cef',
      name: 'arcsight',
      settings: { host: 'siem.example.com' },
    };
    const first = await s.app.inject({
      method: 'POST',
      url: '/api/v1/destinations',
      headers: bearer(token),
      payload: good,
    });
    expect(first.json()).toMatchObject({
      credentials: 'none',
      settings: { host: 'siem.example.com', port: 6514, transport: 'tls', facility: 10 },
    });
    const again = await s.app.inject({
      method: 'POST',
      url: '/api/v1/destinations',
      headers: bearer(token),
      payload: good,
    });
    expect(again.statusCode).toBe(409);
  });

  it('lists dead messages and replays them; another tenant sees neither the destination nor them', async () => {
    const own = await tenantWithAdmin(s);
    const other = await tenantWithAdmin(s);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/destinations',
      headers: bearer(own.token),
      payload: {
        kind: 'splunk-hec',
        name: 'siem',
        settings: { url: 'https://splunk.example.com:8088/services/collector/event' },
        credentials: { token: 'hec-secret-token' },
      },
    });
    const id = created.json<{ id: string }>().id;
    await enqueue(
      s.t.db,
      own.tenant.id,
      [
        {
          destinationId: id,
          kind: messageKinds.levelChange,
          payload: { n: 1 },
          idempotencyKey: 'k1',
        },
      ],
      Date.now(),
    );
    await s.t.db.run(
      `UPDATE outbox_messages SET state = 'dead', attempts = 12, last_error = 'HTTP 403',
         last_attempt_at = created_at
        WHERE tenant_id = ? AND destination_id = ?`,
      [own.tenant.id, id],
    );
    const status = await s.app.inject({
      method: 'GET',
      url: `/api/v1/destinations/${id}`,
      headers: bearer(own.token),
    });
    expect(status.json()).toMatchObject({ status: { dead: 1, pending: 0, lastError: 'HTTP 403' } });
    const dead = await s.app.inject({
      method: 'GET',
      url: `/api/v1/destinations/${id}/messages?state=dead`,
      headers: bearer(own.token),
    });
    const items = dead.json<{ items: { id: string; attempts: number }[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]?.attempts).toBe(12);

    for (const [method, url] of [
      ['GET', `/api/v1/destinations/${id}`],
      ['GET', `/api/v1/destinations/${id}/messages`],
      ['POST', `/api/v1/destinations/${id}/replay`],
      ['POST', `/api/v1/destinations/${id}/test`],
      ['PATCH', `/api/v1/destinations/${id}`],
      ['DELETE', `/api/v1/destinations/${id}`],
    ] as const) {
      const res = await s.app.inject({
        method,
        url,
        headers: bearer(other.token),
        ...(method === 'POST' || method === 'PATCH' ? { payload: {} } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const theirs = await s.app.inject({
      method: 'GET',
      url: '/api/v1/destinations',
      headers: bearer(other.token),
    });
    expect(theirs.json()).toEqual({ items: [] });

    const analyst = await tokenFor(s, own.tenant, 'analyst');
    const refused = await s.app.inject({
      method: 'GET',
      url: '/api/v1/destinations',
      headers: bearer(analyst),
    });
    expect(refused.statusCode).toBe(403);

    const replay = await s.app.inject({
      method: 'POST',
      url: `/api/v1/destinations/${id}/replay`,
      headers: bearer(own.token),
      payload: { ids: [items[0]?.id] },
    });
    expect(replay.json()).toEqual({ replayed: 1 });
    const after = await s.app.inject({
      method: 'GET',
      url: `/api/v1/destinations/${id}/messages?state=pending`,
      headers: bearer(own.token),
    });
    expect(after.json<{ items: { attempts: number }[] }>().items[0]?.attempts).toBe(0);
    const removed = await s.app.inject({
      method: 'DELETE',
      url: `/api/v1/destinations/${id}`,
      headers: bearer(own.token),
    });
    expect(removed.statusCode).toBe(204);
    const left = await s.t.db.get<{ n: number | string }>(
      'SELECT COUNT(*) AS n FROM outbox_messages WHERE tenant_id = ? AND destination_id = ?',
      [own.tenant.id, id],
    );
    expect(Number(left?.n)).toBe(0);
  });
});
