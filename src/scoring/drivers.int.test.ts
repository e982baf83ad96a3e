import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import type { StoredState } from '../risk/index.js';
import type { Tenant } from '../tenancy/tenant.js';
import { loadCursor } from './cursor.repository.js';
import { loadDrivers, type DriverPopulation } from './drivers.repository.js';
import { modelFor } from './model.service.js';
import { ScoringMemory } from './scoring-memory.js';
import { scoreTenant } from './scoring.service.js';
import { DAY, T0, ingestLines, randomEvents, smallOrg } from './scoring.test-support.js';
import { driversOf, type Driver } from './stats.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

/** Drivers as the route computes them without help: from the stored states of the population. */
async function fromStoredStates(tenant: Tenant, kind: DriverPopulation, at: number) {
  const rows = await t.db.all<{ state: string }>(
    `SELECT st.state FROM risk_states st JOIN identities i ON i.tenant_id = st.tenant_id AND i.id = st.identity_id
      WHERE st.tenant_id = ? ${kind === 'all' ? '' : 'AND i.kind = ?'}`,
    kind === 'all' ? [tenant.id] : [tenant.id, kind],
  );
  const states = rows.map((r) => JSON.parse(r.state) as StoredState);
  return driversOf(await modelFor(t.db, tenant.id), states, at);
}

function expectSameDrivers(actual: Driver[] | undefined, expected: Driver[]): void {
  expect(actual?.map((d) => [d.type, d.identities])).toEqual(
    expected.map((d) => [d.type, d.identities]),
  );
  actual?.forEach((d, i) => {
    expect(d.points).toBeCloseTo(expected[i]?.points ?? NaN, 9);
    expect(d.share).toBeCloseTo(expected[i]?.share ?? NaN, 12);
  });
}

describe('drivers written by the scoring run', () => {
  it('equal the drivers of the stored states, and are not written by a run that holds only some', async () => {
    const tenant = await makeTenant(t.db);
    const emails = await smallOrg(t.db, tenant);
    const events = randomEvents([...emails, `bot@${tenant.slug}.test`], 400, 3);
    let now = T0 + 70 * DAY;
    const clock = { now: () => now };
    const warm = { db: t.db, clock, memory: new ScoringMemory() };
    const cold = { db: t.db, clock };
    for (let i = 0, step = 0; i < events.length; i += 80, step++) {
      await ingestLines(t.db, tenant, events.slice(i, i + 80), now);
      now += 3_600_000;
      const report = await scoreTenant(step === 3 ? cold : warm, tenant.id);
      const at = (await loadCursor(t.db, tenant.id))?.scoredAt ?? NaN;
      expect(at).toBe(now);
      if (step === 3) {
        // Incremental without a memory: only the touched states were at hand.
        expect(report.mode).toBe('incremental');
        expect(await loadDrivers(t.db, tenant.id, 'all', at)).toBeUndefined();
        continue;
      }
      for (const kind of ['all', 'person', 'agent'] as const)
        expectSameDrivers(
          await loadDrivers(t.db, tenant.id, kind, at),
          await fromStoredStates(tenant, kind, at),
        );
    }
    const all = await loadDrivers(t.db, tenant.id, 'all', now);
    expect(all?.length).toBeGreaterThan(3);
  });
});
