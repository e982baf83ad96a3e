import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../test/support/server.js';
import { startTestServer } from '../../../test/support/server.js';
import { listTenants } from '../../tenancy/tenant.repository.js';
import { DEMO_ADMIN, firstRunMessage, prepareFirstRun, type FirstRun } from './first-run.js';

let s: TestServer;
let run: FirstRun;

beforeAll(async () => {
  s = await startTestServer({ BULWARK_PUBLIC_URL: 'https://bulwark.example.com' });
  run = await prepareFirstRun(s.t.db, 'https://bulwark.example.com', { people: '40', days: '20' });
}, 120_000);
afterAll(() => s.close());

const tokenOf = (link: string) => /#token=([A-Za-z0-9_-]+)$/.exec(link)?.[1] ?? '';
const redeem = (token: string) =>
  s.app.inject({ method: 'POST', url: '/api/v1/auth/email-link/redeem', payload: { token } });

describe('first run on an empty database', () => {
  it('loads the demo into its own labelled tenant and nothing else', async () => {
    const tenants = await listTenants(s.t.db);
    expect(tenants.map((t) => [t.slug, t.isDemo])).toEqual([['demo', true]]);
    expect(run.identities).toBeGreaterThanOrEqual(40);
  });

  it('prints a one-time dashboard sign-in link that signs the demo administrator in once', async () => {
    expect(run.link).toMatch(/^https:\/\/bulwark\.example\.com\/sign-in\/email#token=/);
    const first = await redeem(tokenOf(run.link));
    expect(first.statusCode).toBe(200);
    const cookie = String(first.headers['set-cookie'] ?? '');
    expect(cookie).toMatch(/HttpOnly/i);
    const again = await redeem(tokenOf(run.link));
    expect(again.statusCode).toBe(401);
  });

  it('prints an admin token that reads the demo through the API', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/identities?limit=5',
      headers: { authorization: `Bearer ${run.token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: unknown[] }>().items).toHaveLength(5);
  });

  it('shows the demo period as a product in use would: a trend point for each of its days and today', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/risk/trend?days=90',
      headers: { authorization: `Bearer ${run.token}` },
    });
    const days = res.json<{ items: { day: string }[] }>().items.map((d) => d.day);
    // The period's 20 days end with yesterday, so that no record lies in the future; today's
    // point is the scoring run's own.
    expect(days).toHaveLength(21);
    expect(days.at(-1)).toBe(new Date().toISOString().slice(0, 10));
    const latest = await s.t.db.get<{ latest: number }>(
      'SELECT MAX(time) AS latest FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE slug = ?)',
      ['demo'],
    );
    expect(Number(latest?.latest)).toBeLessThanOrEqual(Date.now());
  });

  it('tells how to get another link, naming the administrator', () => {
    const text = firstRunMessage(run, 'http://127.0.0.1:8080');
    expect(text).toContain(run.link);
    expect(text).toContain(`user sign-in-link --tenant demo --email ${DEMO_ADMIN}`);
  });
});
