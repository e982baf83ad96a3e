import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tokenFor } from '../../test/support/server.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { loadDemo, type DemoLoadReport } from '../demo/demo.service.js';
import { parseDemoOptions } from '../demo/options.js';
import { systemClock } from '../shared/clock.js';
import { scoreAsOf } from './as-of.service.js';
import { fillHistory } from './history.service.js';
import { trendOf } from './population.js';
import { scoreTenant } from './scoring.service.js';
import { DAY_MS, dayEnd, dayOf } from './snapshot.repository.js';

// The demo loader fills in the period's past days; the API reads them like any other history.
let s: TestServer;
let demo: DemoLoadReport;
let admin: string;
const today = dayOf(Date.now());
const deps = () => ({ db: s.t.db, clock: systemClock });

beforeAll(async () => {
  s = await startTestServer();
  const options = parseDemoOptions({ people: 60, days: 40, seed: 5, endDate: today });
  demo = await loadDemo(s.t.db, defaultCatalog, systemClock, options, {
    slug: 'demo-history',
    force: true,
  });
  await scoreTenant(deps(), demo.tenant.id);
  admin = await tokenFor(s, demo.tenant, 'admin');
}, 120_000);
afterAll(() => s.close());

interface TrendItem {
  day: string;
  identities: number;
  meanRisk: number;
  levels: Record<string, number>;
}

const get = (url: string) => s.app.inject({ method: 'GET', url, headers: bearer(admin) });
const trendDays = async () =>
  (await get('/api/v1/risk/trend?days=90')).json<{ items: TrendItem[] }>().items;
const daysBack = (n: number) => dayOf(Date.parse(`${today}T00:00:00Z`) - n * DAY_MS);

async function snapshotsOf(day: string) {
  const rows = await s.t.db.all<{
    identity_id: string;
    risk: number;
    likelihood: number;
    level: string;
    percentile: number;
  }>(
    'SELECT identity_id, risk, likelihood, level, percentile FROM risk_snapshots WHERE tenant_id = ? AND day = ?',
    [demo.tenant.id, day],
  );
  return new Map(
    rows.map((r) => [
      r.identity_id,
      [Number(r.risk), Number(r.likelihood), r.level, Number(r.percentile)],
    ]),
  );
}

describe('the demo organisation with its history', () => {
  it("fills in every past day of the period, and the scoring run adds today's", async () => {
    expect(demo.history.days).toHaveLength(39);
    expect(demo.history.days[0]).toBe(daysBack(39));
    expect(demo.history.days.at(-1)).toBe(daysBack(1));
    const items = await trendDays();
    expect(items.map((d) => d.day)).toEqual(Array.from({ length: 40 }, (_, i) => daysBack(39 - i)));
    for (const d of items) expect(d.identities).toBe(demo.directory.created);
    expect(new Set(items.map((d) => d.meanRisk.toFixed(6))).size).toBeGreaterThan(10);
  });

  it('stores for each day exactly what as-of scoring gives at its end', async () => {
    const trend = new Map((await trendDays()).map((d) => [d.day, d]));
    for (const day of [daysBack(39), daysBack(20), daysBack(1)]) {
      const asOf = await scoreAsOf(deps(), demo.tenant.id, dayEnd(day));
      expect(asOf.events).toBeGreaterThan(0);
      const expected = new Map(
        asOf.scores.map((x) => [x.identityId, [x.risk, x.likelihood, x.level, x.percentile]]),
      );
      expect(await snapshotsOf(day)).toEqual(expected);
      const { day: _, ...point } = trendOf(day, asOf.scores);
      expect(trend.get(day)).toEqual({ day, ...point });
    }
    const first = trend.get(daysBack(39))?.meanRisk ?? 0;
    expect(trend.get(daysBack(1))?.meanRisk).not.toBe(first);
  });

  it("shows the filled-in days in a person's history, today's being the current score", async () => {
    const top = (await get('/api/v1/risk/identities?kind=person&limit=1')).json<{
      items: { risk: number; identity: { id: string } }[];
    }>().items[0];
    const res = await get(`/api/v1/identities/${top?.identity.id}/risk/history`);
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { day: string; risk: number }[] }>().items;
    expect(items).toHaveLength(40);
    expect(items.at(-1)).toMatchObject({ day: today, risk: top?.risk });
    const day = daysBack(20);
    const stored = (await snapshotsOf(day)).get(top?.identity.id ?? '');
    expect(items.find((p) => p.day === day)?.risk).toBe(stored?.[0]);
  });

  it('duplicates no day when history is filled in or scored again', async () => {
    const before = await trendDays();
    const again = parseDemoOptions({ people: 60, days: 40, seed: 5, endDate: today });
    await expect(
      loadDemo(s.t.db, defaultCatalog, systemClock, again, { slug: 'demo-history', force: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await fillHistory(deps(), demo.tenant.id, { from: daysBack(39), to: daysBack(1) });
    await scoreAsOf(deps(), demo.tenant.id, dayEnd(daysBack(10)), { snapshot: true });
    await scoreTenant(deps(), demo.tenant.id, { all: true });
    // Past days are as they were; today's point is the latest run's (scores decay by the hour).
    const after = await trendDays();
    expect(after.map((d) => d.day)).toEqual(before.map((d) => d.day));
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    const perDay = await s.t.db.all<{ day: string; n: number }>(
      'SELECT day, COUNT(*) AS n FROM risk_snapshots WHERE tenant_id = ? GROUP BY day ORDER BY day',
      [demo.tenant.id],
    );
    expect(perDay).toHaveLength(39);
    for (const d of perDay) expect(Number(d.n)).toBe(demo.directory.created);
  });
});
