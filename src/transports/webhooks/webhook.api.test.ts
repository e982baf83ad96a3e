import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin } from '../../../test/support/server.js';
import { bulwarkSignature, gophishSignature } from './webhook-signature.js';

let s: TestServer;
beforeAll(
  async () =>
    (s = await startTestServer({
      BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
      BULWARK_WEBHOOK_BODY_LIMIT_BYTES: '8192',
    })),
);
afterAll(() => s.close());

const clicked = fs.readFileSync(
  new URL('../../events/formats/fixtures/gophish-webhook-clicked.json', import.meta.url),
);

async function setUp(source: string) {
  const { tenant, token } = await tenantWithAdmin(s);
  const res = await s.app.inject({
    method: 'PUT',
    url: `/api/v1/webhooks/${source}/secret`,
    headers: bearer(token),
  });
  expect(res.statusCode).toBe(200);
  const { secret, path } = res.json<{ secret: string; path: string }>();
  expect(path).toBe(`/api/v1/webhooks/${source}/${tenant.slug}`);
  return { tenant, token, secret, path };
}

async function deadLetters(tenantId: string) {
  return s.t.db.all<{ reason: string; format: string }>(
    'SELECT reason, format FROM dead_letters WHERE tenant_id = ?',
    [tenantId],
  );
}

describe('GoPhish webhook', () => {
  it('ingests a delivery signed as GoPhish signs it, without a token', async () => {
    const { tenant, secret, path } = await setUp('gophish');
    const res = await s.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        'x-gophish-signature': gophishSignature(secret, clicked),
      },
      payload: clicked,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stored: 1, rejected: 0 });
    const row = await s.t.db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) AND source = 'gophish'",
      [tenant.id],
    );
    expect(Number(row?.n)).toBe(1);
  });

  it('refuses a bad signature with 401, counts it and keeps it as a dead letter', async () => {
    const { tenant, token, secret, path } = await setUp('gophish');
    const res = await s.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        'x-gophish-signature': gophishSignature('wrong', clicked),
      },
      payload: clicked,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'BAD_SIGNATURE' });
    expect(await deadLetters(tenant.id)).toEqual([
      {
        format: 'gophish',
        reason: 'signature refused: the X-Gophish-Signature does not match the body',
      },
    ]);
    const counts = await s.t.db.get<{ received: number; refused: number }>(
      "SELECT received, refused FROM webhook_secrets WHERE tenant_id = ? AND source = 'gophish'",
      [tenant.id],
    );
    expect(counts).toMatchObject({ received: 1, refused: 1 });
    const listed = await s.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks',
      headers: bearer(token),
    });
    expect(listed.json().items).toEqual([
      expect.objectContaining({ source: 'gophish', received: 1, refused: 1, path }),
    ]);
    expect(listed.body).not.toContain(secret);
    const stored = await s.t.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?)',
      [tenant.id],
    );
    expect(Number(stored?.n)).toBe(0);
  });

  it('dead-letters a signed payload of the wrong shape, and refuses an oversized one', async () => {
    const { tenant, secret, path } = await setUp('gophish');
    const wrong = Buffer.from('{"email":42}');
    const res = await s.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        'x-gophish-signature': gophishSignature(secret, wrong),
      },
      payload: wrong,
    });
    expect(res.json()).toMatchObject({ stored: 0, rejected: 1 });
    expect((await deadLetters(tenant.id))[0]?.reason).toMatch(/email/);
    const big = Buffer.alloc(9000, 0x20);
    const tooBig = await s.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        'x-gophish-signature': gophishSignature(secret, big),
      },
      payload: big,
    });
    expect(tooBig.statusCode).toBe(413);
  });

  it('answers 404 alike for an unknown tenant and for a source without a secret', async () => {
    const { tenant } = await tenantWithAdmin(s);
    for (const url of [
      '/api/v1/webhooks/gophish/no-such-tenant',
      `/api/v1/webhooks/gophish/${tenant.slug}`,
    ]) {
      const res = await s.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: clicked,
      });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().detail).toBe('no gophish webhook is set up here');
    }
  });
});

describe('signed webhooks for other sources', () => {
  it('accepts an Okta event hook signed with the Bulwark scheme and refuses a replayed one', async () => {
    const { tenant, secret, path } = await setUp('okta');
    const body = fs.readFileSync(
      new URL('../../events/formats/fixtures/okta-event-hook.json', import.meta.url),
    );
    const now = String(Math.floor(Date.now() / 1000));
    const ok = await s.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        'x-bulwark-timestamp': now,
        'x-bulwark-signature': bulwarkSignature(secret, now, body),
      },
      payload: body,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().stored).toBeGreaterThan(0);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    const replay = await s.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        'x-bulwark-timestamp': old,
        'x-bulwark-signature': bulwarkSignature(secret, old, body),
      },
      payload: body,
    });
    expect(replay.statusCode).toBe(401);
    expect((await deadLetters(tenant.id)).map((d) => d.reason)).toEqual([
      expect.stringMatching(/300 s from now/),
    ]);
  });
});
