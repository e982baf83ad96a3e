import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import type { Tenant } from '../tenancy/tenant.js';
import { AsOfWalk, readAsOfInputs, scoreAsOf } from './as-of.service.js';
import { fillHistory } from './history.service.js';
import { trendOf } from './population.js';
import { DAY, T0, ingestLines, native, randomEvents, smallOrg } from './scoring.test-support.js';
import { dayEnd, dayOf } from './snapshot.repository.js';

let t: TestDatabase;
let tenant: Tenant;
let emails: string[];
const NOW = T0 + 70 * DAY;
const deps = () => ({ db: t.db, clock: { now: () => NOW } });

beforeAll(async () => {
  t = await createTestDatabase();
  tenant = await makeTenant(t.db);
  emails = await smallOrg(t.db, tenant);
  // Out of time order and in several batches, with an MFA burst whose pushes arrive in different
  // batches, last push first: history must not depend on the order events were stored in.
  const events = randomEvents(emails, 500, 11);
  const burst = events.splice(-4).reverse();
  for (let i = 0; i < events.length; i += 120) {
    const push = burst[i / 120];
    await ingestLines(t.db, tenant, [...events.slice(i, i + 120), ...(push ? [push] : [])], NOW);
  }
  await ingestLines(
    t.db,
    tenant,
    [native('same-time', T0 + 3 * DAY, 'phishing.real_clicked', emails[3] ?? '')],
    NOW,
  );
});
afterAll(() => t.drop());

async function stored(day: string) {
  const snapshots = await t.db.all<Record<string, unknown>>(
    `SELECT identity_id, risk, likelihood, level, percentile FROM risk_snapshots
      WHERE tenant_id = ? AND day = ? ORDER BY identity_id`,
    [tenant.id, day],
  );
  const trend = await t.db.get<Record<string, unknown>>(
    'SELECT identities, mean_risk, low, medium, high, critical FROM risk_trend WHERE tenant_id = ? AND day = ?',
    [tenant.id, day],
  );
  return { snapshots: snapshots.map((r) => Object.values(r).map(num)), trend: trend && num(trend) };
}

const num = (v: unknown): unknown =>
  typeof v === 'object' && v !== null
    ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, num(x)]))
    : typeof v === 'string' && /^-?[\d.e+-]+$/.test(v)
      ? Number(v)
      : v;

describe('filling in history', () => {
  it('stores, for every day, what as-of scoring at its end stores, bit for bit', async () => {
    const days = Array.from({ length: 63 }, (_, i) => dayOf(T0 + (i - 1) * DAY));
    const report = await fillHistory(deps(), tenant.id, {
      from: days[0] ?? '',
      to: days[62] ?? '',
    });
    expect(report.days).toEqual(days);
    const filled = new Map<string, Awaited<ReturnType<typeof stored>>>();
    for (const day of days) filled.set(day, await stored(day));
    const risks = new Set<string>();
    for (const day of days) {
      await scoreAsOf(deps(), tenant.id, dayEnd(day), { snapshot: true });
      const again = await stored(day);
      expect(filled.get(day), day).toEqual(again);
      expect(again.snapshots).toHaveLength(emails.length);
      risks.add(JSON.stringify(again.trend));
    }
    expect(risks.size).toBeGreaterThan(30);
  });

  it('counts the MFA burst from its third push, whatever order the pushes were stored in', async () => {
    const walk = new AsOfWalk(await readAsOfInputs(t.db, tenant.id, T0 + 8 * DAY));
    const member = walk.inputs.members.find((m) => m.email === emails[2]);
    const threat = (at: number) =>
      walk.scoresAt(at).find((s) => s.identityId === member?.id)?.threat ?? NaN;
    const twoPushes = threat(T0 + 7 * DAY + 60_000);
    const threePushes = threat(T0 + 7 * DAY + 2 * 60_000);
    expect(threePushes).toBeGreaterThan(twoPushes);
  });

  it('stores the trend point of the day that as-of scoring snapshots', async () => {
    const day = dayOf(T0 + 80 * DAY);
    const report = await scoreAsOf(deps(), tenant.id, dayEnd(day), { snapshot: true });
    const { trend } = await stored(day);
    const point = trendOf(day, report.scores);
    expect(trend).toEqual({
      identities: point.identities,
      mean_risk: point.meanRisk,
      ...point.levels,
    });
  });

  it('refuses days that are not days, or a range that ends before it starts, naming the field', async () => {
    const fill = (from: string, to: string) => fillHistory(deps(), tenant.id, { from, to });
    await expect(fill('2026-02-30', '2026-03-01')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'from' }],
    });
    await expect(fill('2026-03-05', '2026-03-01')).rejects.toThrow(/to must not be before/);
    await expect(fill('2000-01-01', '2026-03-01')).rejects.toThrow(/at most 3650 days/);
  });

  it('walks forward only', async () => {
    const walk = new AsOfWalk(await readAsOfInputs(t.db, tenant.id, T0 + 5 * DAY));
    walk.scoresAt(T0 + 5 * DAY);
    expect(() => walk.scoresAt(T0)).toThrow(RangeError);
  });
});
