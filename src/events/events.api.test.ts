import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { findIdentityByEmail } from '../directory/identity.repository.js';
import type { Tenant } from '../tenancy/tenant.js';

let s: TestServer;
let tenant: Tenant;
let admin: string;

function event(id: string, time: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    time,
    source: 'api-test',
    type: 'phishing.sim_clicked',
    subject: 'ana@acme.test',
    details: {},
    ...extra,
  };
}

beforeAll(async () => {
  s = await startTestServer({ BULWARK_BODY_LIMIT_BYTES: '65536' });
  ({ tenant, token: admin } = await tenantWithAdmin(s));
  const csv = 'email,name\nana@acme.test,Ana\nbo@acme.test,Bo\n';
  await importDirectory(s.t.db, tenant.id, readDirectoryCsv(Readable.from([Buffer.from(csv)])));
});
afterAll(() => s.close());

function post(payload: string, contentType: string, token = admin) {
  return s.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: { ...bearer(token), 'content-type': contentType },
    payload,
  });
}

describe('POST /api/v1/events', () => {
  it('takes a JSON array and reports each record as stored, duplicate or rejected', async () => {
    const body = [
      event('a1', '2026-05-01T09:00:00Z'),
      event('a1', '2026-05-01T09:00:00Z'),
      event('a2', '2026-05-02T09:00:00Z', { type: 'made.up' }),
      { time: 'soon' },
    ];
    const res = await post(JSON.stringify(body), 'application/json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ records: 4, stored: 1, duplicate: 1, rejected: 2 });
    expect(res.json().rejections).toEqual([
      { line: 3, reason: expect.stringContaining('made.up') },
      { line: 4, reason: expect.stringMatching(/source: is required.*time: must be an ISO 8601/) },
    ]);
  });

  it('takes NDJSON and names the bad line', async () => {
    const ndjson = `${JSON.stringify(event('n1', '2026-05-03T09:00:00Z'))}\n{broken\n\n${JSON.stringify(event('n2', '2026-05-04T09:00:00Z'))}\n`;
    const res = await post(ndjson, 'application/x-ndjson');
    expect(res.json()).toMatchObject({
      records: 3,
      stored: 2,
      rejected: 1,
      rejections: [{ line: 2 }],
    });
  });

  it('refuses a body that is not an array', async () => {
    const res = await post(JSON.stringify(event('x', '2026-05-01T09:00:00Z')), 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('refuses malformed JSON, a wrong content type and an oversized body with their own codes', async () => {
    expect((await post('[{"a":', 'application/json')).json()).toMatchObject({
      status: 400,
      code: 'MALFORMED_BODY',
    });
    expect((await post('id,time', 'text/csv')).json()).toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    const big = JSON.stringify(
      Array.from({ length: 2000 }, (_, i) => event(`big${i}`, '2026-05-01T09:00:00Z')),
    );
    expect((await post(big, 'application/json')).json()).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('is refused to roles that may not write events', async () => {
    const auditor = await tokenFor(s, tenant, 'auditor');
    expect((await post('[]', 'application/json', auditor)).statusCode).toBe(403);
    const ingest = await tokenFor(s, tenant, 'ingest');
    expect((await post('[]', 'application/json', ingest)).statusCode).toBe(200);
  });
});

describe('GET /api/v1/identities/:id/events', () => {
  it('returns events by subject in a time range, newest first, page by page', async () => {
    const ana = await findIdentityByEmail(s.t.db, tenant.id, 'ana@acme.test');
    const url = `/api/v1/identities/${ana?.id}/events?from=2026-05-02T00:00:00Z&to=2026-05-05T00:00:00Z&limit=1`;
    const first = (await s.app.inject({ method: 'GET', url, headers: bearer(admin) })).json();
    expect(first.items.map((e: { id: string }) => e.id)).toEqual(['n2']);
    const second = (
      await s.app.inject({
        method: 'GET',
        url: `${url}&cursor=${first.next}`,
        headers: bearer(admin),
      })
    ).json();
    expect(second.items.map((e: { id: string }) => e.id)).toEqual(['n1']);
    expect(second.next).toBeNull();
  });

  it("does not show another person's events to an employee", async () => {
    const ana = await findIdentityByEmail(s.t.db, tenant.id, 'ana@acme.test');
    const bo = await tokenFor(s, tenant, 'employee', 'bo@acme.test');
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/v1/identities/${ana?.id}/events`,
      headers: bearer(bo),
    });
    expect(res.statusCode).toBe(404);
  });

  it('keeps tenants apart', async () => {
    const other = await tenantWithAdmin(s);
    const ana = await findIdentityByEmail(s.t.db, tenant.id, 'ana@acme.test');
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/v1/identities/${ana?.id}/events`,
      headers: bearer(other.token),
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('dead letters over the API', () => {
  it('lists rejected records and replays them', async () => {
    const list = (
      await s.app.inject({
        method: 'GET',
        url: '/api/v1/dead-letters?status=pending',
        headers: bearer(admin),
      })
    ).json();
    expect(list.items.length).toBeGreaterThanOrEqual(3);
    expect(list.items[0]).toMatchObject({
      format: 'native',
      origin: 'http',
      status: 'pending',
      raw: expect.any(String),
    });
    const replay = await s.app.inject({
      method: 'POST',
      url: '/api/v1/dead-letters/replay',
      headers: bearer(admin),
      payload: { ids: [list.items[0].id] },
    });
    expect(replay.json().results).toEqual([
      { id: list.items[0].id, outcome: 'rejected', reason: expect.any(String) },
    ]);
  });

  it('does not show one tenant the dead letters of another', async () => {
    const other = await tenantWithAdmin(s);
    const list = (
      await s.app.inject({
        method: 'GET',
        url: '/api/v1/dead-letters',
        headers: bearer(other.token),
      })
    ).json();
    expect(list.items).toEqual([]);
    const replay = await s.app.inject({
      method: 'POST',
      url: '/api/v1/dead-letters/replay',
      headers: bearer(other.token),
      payload: { ids: [1] },
    });
    expect(replay.json()).toMatchObject({ status: 404, code: 'DEAD_LETTER_NOT_FOUND' });
  });
});
