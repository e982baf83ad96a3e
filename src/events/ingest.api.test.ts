import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin } from '../../test/support/server.js';

let s: TestServer;
beforeAll(async () => (s = await startTestServer()));
afterAll(() => s.close());

const fixture = (name: string) => fs.readFileSync(`src/events/formats/fixtures/${name}`, 'utf8');

describe('POST /api/v1/ingest/{format}', () => {
  it('takes a vendor webhook body as the vendor sends it', async () => {
    const { token } = await tenantWithAdmin(s);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/gophish',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      payload: fixture('gophish-webhook-clicked.json'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ records: 1, rejected: 0 });
    expect(res.json().stored + res.json().ignored).toBeGreaterThan(0);
  });

  it('takes CEF lines as text and rejects a broken one with its line', async () => {
    const { token } = await tenantWithAdmin(s);
    const lines = `${fixture('cef-lines.txt').trim()}\nCEF:0|truncated`;
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/cef',
      headers: { ...bearer(token), 'content-type': 'text/plain' },
      payload: lines,
    });
    const body = res.json();
    expect(body.records).toBe(lines.split('\n').filter((l) => l.trim()).length);
    expect(body.rejections.at(-1)).toMatchObject({ line: lines.split('\n').length });
  });

  it('refuses an unknown format', async () => {
    const { token } = await tenantWithAdmin(s);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/carrier-pigeon',
      headers: bearer(token),
      payload: {},
    });
    expect(res.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });
});
