import { describe, expect, it } from 'vitest';
import { DAY_MS, createModel } from './model.js';
import { groupByIdentity, recomputeAll, toEventColumns } from './recompute.js';
import { scoreEvents } from './score.js';
import { syntheticOrg } from './synthetic-org.test-support.js';

const model = createModel();
const start = Date.UTC(2026, 0, 1);

describe('recomputeAll', () => {
  it('matches as-of scoring of each identity, ignoring events after the cut', () => {
    const org = syntheticOrg(60, start, 200, 3);
    const index = new Map(org.people.map((p, i) => [p.id, i]));
    const at = start + 120 * DAY_MS;
    const columns = toEventColumns(
      model,
      org.events.map((e) => ({ ...e, identity: index.get(e.identityId) ?? 0 })),
    );
    const all = recomputeAll(model, columns, org.people.length, at);
    org.people.forEach((p, i) => {
      const own = org.events.filter((e) => e.identityId === p.id);
      expect(all.risk[i]).toBeCloseTo(scoreEvents(model, own, at).risk, 4);
    });
  });

  it('groups events by identity with a counting sort', () => {
    const columns = toEventColumns(
      model,
      [2, 0, 2, 1].map((identity, i) => ({ identity, type: 'auth.signin_failed', time: i })),
    );
    const { start: s, order } = groupByIdentity(columns, 3);
    expect([...s]).toEqual([0, 1, 2, 4]);
    expect([...order]).toEqual([1, 3, 0, 2]);
  });

  it('refuses an identity number outside the population', () => {
    const columns = toEventColumns(model, [{ identity: 5, type: 'auth.signin_failed', time: 0 }]);
    expect(() => recomputeAll(model, columns, 2, 0)).toThrow('identity[0]');
  });
});
