import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import { findIdentityByEmail } from '../directory/identity.repository.js';
import type { Tenant } from '../tenancy/tenant.js';
import { scoreTenant } from './scoring.service.js';
import { randomEvents, smallOrg } from './scoring.test-support.js';

let s: TestServer;
let tenant: Tenant;
let admin: string;
let emails: string[];
let other: { tenant: Tenant; token: string };

// Scores follow ingest through the server's background worker; tests run the same catch-up
// directly so that they do not depend on its timer.
const score = (t: Tenant) => scoreTenant({ db: s.t.db, clock: { now: () => Date.now() } }, t.id);

beforeAll(async () => {
  s = await startTestServer();
  ({ tenant, token: admin } = await tenantWithAdmin(s));
  emails = await smallOrg(s.t.db, tenant);
  const lines = randomEvents(emails, 300, 3).map((l) => JSON.parse(l) as unknown);
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: bearer(admin),
    payload: lines,
  });
  expect(res.statusCode).toBe(200);
  await score(tenant);
  other = await tenantWithAdmin(s);
  await smallOrg(s.t.db, other.tenant, 6);
  await score(other.tenant);
}, 60_000);
afterAll(() => s.close());

const get = (url: string, token = admin) =>
  s.app.inject({ method: 'GET', url, headers: bearer(token) });
const idOf = async (email: string) =>
  (await findIdentityByEmail(s.t.db, tenant.id, email))?.id ?? '';

interface Item {
  risk: number;
  level: string;
  identity: { id: string; email: string };
}

describe('risk API', () => {
  it('lists identities riskiest first, page by page', async () => {
    const first = (await get('/api/v1/risk/identities?limit=5')).json<{
      items: Item[];
      next: string;
    }>();
    expect(first.items).toHaveLength(5);
    const second = (await get(`/api/v1/risk/identities?limit=50&cursor=${first.next}`)).json<{
      items: Item[];
    }>();
    const all = [...first.items, ...second.items];
    expect(all).toHaveLength(emails.length);
    const risks = all.map((i) => i.risk);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    expect(new Set(all.map((i) => i.identity.id)).size).toBe(all.length);
  });

  it("explains an identity's score: baseline plus factor points is the index", async () => {
    const id = await idOf(emails[1] ?? '');
    const res = await get(`/api/v1/identities/${id}/risk`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      score: { risk: number };
      explanation: {
        baseline: number;
        factors: { points: number }[];
        events: { points: number }[];
        access: unknown[];
      };
    }>();
    const total =
      body.explanation.baseline + body.explanation.factors.reduce((a, f) => a + f.points, 0);
    expect(total).toBeCloseTo(body.score.risk, 6);
    expect(body.explanation.events.length).toBeGreaterThan(0);
    expect(body.explanation.access.length).toBeGreaterThan(0);
    const history = (await get(`/api/v1/identities/${id}/risk/history`)).json<{
      items: { risk: number }[];
    }>();
    expect(history.items.at(-1)?.risk).toBeCloseTo(body.score.risk, 9);
  });

  it('hides identities a viewer may not see exactly like missing ones', async () => {
    const employee = await tokenFor(s, tenant, 'employee', emails[3]);
    const list = (await get('/api/v1/risk/identities', employee)).json<{ items: Item[] }>();
    expect(list.items.map((i) => i.identity.email)).toEqual([emails[3]]);
    const someoneElse = await idOf(emails[4] ?? '');
    const hidden = await get(`/api/v1/identities/${someoneElse}/risk`, employee);
    const missing = await get('/api/v1/identities/no-such-id/risk', employee);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json<{ code: string }>().code).toBe(missing.json<{ code: string }>().code);
    const foreign = await get(`/api/v1/identities/${someoneElse}/risk`, other.token);
    expect(foreign.statusCode).toBe(404);
    const foreignList = (await get('/api/v1/risk/identities', other.token)).json<{
      items: Item[];
    }>();
    expect(foreignList.items.some((i) => emails.includes(i.identity.email))).toBe(false);
  });

  it('shows a manager their reports only in aggregate', async () => {
    const manager = await tokenFor(s, tenant, 'manager', emails[0]);
    const list = (await get('/api/v1/risk/identities', manager)).json<{ items: Item[] }>();
    expect(list.items.map((i) => i.identity.email)).toEqual([emails[0]]);
    const dist = (await get('/api/v1/risk/distribution?kind=person', manager)).json<{
      hidden: boolean;
      identities: number;
    }>();
    expect(dist).toMatchObject({ hidden: false, identities: 12 });
    const employee = await tokenFor(s, tenant, 'employee', emails[5]);
    const alone = (await get('/api/v1/risk/distribution', employee)).json<{
      hidden: boolean;
      histogram: unknown;
    }>();
    expect(alone).toMatchObject({ hidden: true, histogram: null });
  });

  it('ranks aggregates and names groups below the minimum size without figures', async () => {
    const res = await get('/api/v1/risk/aggregates?dimension=department&minGroupSize=7');
    const body = res.json<{ groups: { key: string; n: number }[]; hidden: { key: string }[] }>();
    expect(body.groups.map((g) => g.key)).toEqual(['Finance']); // 6 people + the agent
    expect(body.hidden.map((h) => h.key)).toEqual(['Sales']);
    const low = await get('/api/v1/risk/aggregates?dimension=department&minGroupSize=3');
    expect(low.statusCode).toBe(400);
    const drivers = (await get('/api/v1/risk/drivers')).json<{
      items: { type: string; share: number }[];
    }>();
    expect(drivers.items.reduce((a, d) => a + d.share, 0)).toBeCloseTo(1, 9);
    const trend = (await get('/api/v1/risk/trend')).json<{ items: { identities: number }[] }>();
    expect(trend.items.at(-1)?.identities).toBe(emails.length);
  });

  it('refuses a cohort rule that does not parse, naming the field, and stores nothing', async () => {
    const before = (await get('/api/v1/cohorts')).json<{ items: unknown[] }>().items.length;
    const bad = await s.app.inject({
      method: 'POST',
      url: '/api/v1/cohorts',
      headers: bearer(admin),
      payload: {
        name: 'bad',
        definition: { rule: { all: [{ behaviour: 'no.such', min: 1, withinDays: 30 }] } },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe(
      'cohort.rule.all[0].behaviour',
    );
    expect((await get('/api/v1/cohorts')).json<{ items: unknown[] }>().items).toHaveLength(before);
  });

  it('creates a cohort whose members follow the rule, with history', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/cohorts',
      headers: bearer(admin),
      payload: {
        name: 'Finance',
        definition: { rule: { attribute: 'department', equals: 'finance' } },
      },
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json<{ id: string }>();
    const members = (await get(`/api/v1/cohorts/${id}/members`)).json<{
      items: { email: string }[];
    }>();
    expect(members.items).toHaveLength(7);
    const history = (await get(`/api/v1/cohorts/${id}/history`)).json<{
      items: { leftAt: null }[];
    }>();
    expect(history.items).toHaveLength(7);
    expect((await get(`/api/v1/cohorts/${id}`, other.token)).statusCode).toBe(404);
    const analyst = await tokenFor(s, tenant, 'auditor');
    const refused = await s.app.inject({
      method: 'PATCH',
      url: `/api/v1/cohorts/${id}`,
      headers: bearer(analyst),
      payload: { name: 'x' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('applies weight overrides all or nothing', async () => {
    const put = (weights: Record<string, unknown>) =>
      s.app.inject({
        method: 'PUT',
        url: '/api/v1/catalog/weights',
        headers: bearer(admin),
        payload: { weights },
      });
    const bad = await put({ 'phishing.sim_clicked': 12, 'auth.signin_failed': 500 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'weightOverrides.auth.signin_failed',
    ]);
    const catalog = (await get('/api/v1/catalog')).json<{
      items: { type: string; weight: number }[];
    }>();
    expect(catalog.items.find((b) => b.type === 'phishing.sim_clicked')?.weight).toBe(8);
    const good = await put({ 'phishing.sim_clicked': 12 });
    expect(good.json()).toEqual({ overrides: { 'phishing.sim_clicked': 12 } });
  });

  it('keeps the Overview figures current: a directory change or a scoring run shows at once', async () => {
    const own = await tenantWithAdmin(s);
    const people = await smallOrg(s.t.db, own.tenant, 10);
    await score(own.tenant);
    const departments = async () => {
      const res = await get('/api/v1/risk/aggregates?dimension=department', own.token);
      const body = res.json<{ groups: { key: string }[]; hidden: { key: string }[] }>();
      return [...body.groups, ...body.hidden].map((g) => g.key).sort();
    };
    const drivers = async () =>
      (await get('/api/v1/risk/drivers?limit=100', own.token)).json<{
        items: { type: string; identities: number }[];
      }>().items;
    expect(await departments()).toEqual(['Finance', 'Sales']);
    expect(await drivers()).toEqual([]);
    // A directory change (as an import or SCIM makes it) is seen before any scoring run.
    await s.t.db.run(
      'UPDATE identities SET department = ?, updated_at = ? WHERE tenant_id = ? AND email_lc = ?',
      ['Legal', Date.now() + 1, own.tenant.id, people[2] ?? ''],
    );
    expect(await departments()).toEqual(['Finance', 'Legal', 'Sales']);
    // New events count once scored.
    const lines = randomEvents(people, 60, 9).map((l) => JSON.parse(l) as unknown);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: bearer(own.token),
      payload: lines,
    });
    expect(res.statusCode).toBe(200);
    expect(await drivers()).toEqual([]);
    await score(own.tenant);
    expect((await drivers()).length).toBeGreaterThan(0);
  });
});
