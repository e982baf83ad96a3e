import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { loadScores, type StoredScore } from './population.repository.js';
import { scoreAsOf } from './as-of.service.js';
import { scoreTenant } from './scoring.service.js';
import { DAY, T0, ingestLines, native, randomEvents, smallOrg } from './scoring.test-support.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const NOW = T0 + 70 * DAY;
const clock = { now: () => NOW };

function expectSameScores(a: Map<string, StoredScore>, b: Map<string, StoredScore>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [id, x] of a) {
    const y = b.get(id);
    expect(y, id).toBeDefined();
    for (const key of ['risk', 'likelihood', 'behavior', 'threat', 'access', 'ownRisk'] as const)
      expect(x[key], `${id} ${key}`).toBeCloseTo(y?.[key] ?? NaN, 9);
    expect(x.level).toBe(y?.level);
    expect(Math.abs(x.percentile - (y?.percentile ?? NaN))).toBeLessThan(0.011);
  }
}

describe('scoring a tenant', () => {
  it('gives the same scores incrementally, by full recompute and as of now', async () => {
    const tenant = await makeTenant(t.db);
    const emails = await smallOrg(t.db, tenant);
    const events = randomEvents(emails, 400, 1);
    const deps = { db: t.db, clock };
    for (let i = 0; i < events.length; i += 97) {
      await ingestLines(t.db, tenant, events.slice(i, i + 97), NOW);
      const report = await scoreTenant(deps, tenant.id);
      expect(report.events).toBeGreaterThan(0);
    }
    const incremental = await loadScores(t.db, tenant.id);
    const full = await scoreTenant(deps, tenant.id, { full: true });
    expect(full.mode).toBe('full');
    expectSameScores(incremental, await loadScores(t.db, tenant.id));
    const asOf = await scoreAsOf(deps, tenant.id, NOW);
    expectSameScores(incremental, new Map(asOf.scores.map((s) => [s.identityId, s])));
  });

  it('rewrites only what changed: the identity with new events, and the percentiles it moved', async () => {
    const tenant = await makeTenant(t.db);
    const emails = await smallOrg(t.db, tenant, 40);
    await ingestLines(t.db, tenant, randomEvents(emails, 300, 3), NOW);
    const deps = { db: t.db, clock };
    await scoreTenant(deps, tenant.id, { full: true });
    const before = await loadScores(t.db, tenant.id);
    const lowest = [...before.values()].sort((a, b) => a.risk - b.risk)[0];
    const target = await t.db.get<{ email: string }>(
      'SELECT email FROM identities WHERE tenant_id = ? AND id = ?',
      [tenant.id, lowest?.identityId ?? ''],
    );
    // Same clock as the full run: nobody else counts as rescored for having the same time.
    await ingestLines(
      t.db,
      tenant,
      [native('one-more', NOW - DAY, 'phishing.real_clicked', target?.email ?? '')],
      NOW,
    );
    const report = await scoreTenant(deps, tenant.id);
    expect(report.mode).toBe('incremental');
    expect(report.rescored).toBe(1);
    const after = await loadScores(t.db, tenant.id);
    const rewritten = [...after].filter(([id, s]) => {
      const b = before.get(id);
      return b?.risk !== s.risk || b.percentile !== s.percentile;
    });
    expect(rewritten.length).toBeGreaterThan(1); // its rank moved others' percentiles
    expect(report.written).toBe(rewritten.length);
    expect(report.written).toBeLessThan(before.size);
  });

  it('ignores events after the as-of time, and a lone MFA push', async () => {
    const tenant = await makeTenant(t.db);
    const [a = '', b = '', c = ''] = await smallOrg(t.db, tenant, 3);
    const deps = { db: t.db, clock };
    await ingestLines(
      t.db,
      tenant,
      [
        native('early', T0 + DAY, 'phishing.real_clicked', a),
        native('push', T0 + DAY, 'threat.mfa_fatigue_attack', b, { requiresBurst: true }),
      ],
      NOW,
    );
    const before = await scoreAsOf(deps, tenant.id, T0 + 10 * DAY);
    await ingestLines(
      t.db,
      tenant,
      [native('late', T0 + 20 * DAY, 'endpoint.malware_executed', a)],
      NOW,
    );
    const again = await scoreAsOf(deps, tenant.id, T0 + 10 * DAY);
    expect(again.scores).toEqual(before.scores);
    const after = await scoreAsOf(deps, tenant.id, T0 + 21 * DAY);
    const of = (r: typeof before, email: string) => r.scores.find((s) => s.email === email);
    expect(of(after, a)?.behavior).toBeGreaterThan(of(before, a)?.behavior ?? Infinity);
    expect(of(before, b)?.threat).toBe(of(before, c)?.threat);
  });
});
