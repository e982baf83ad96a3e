import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { severities } from '../catalog/behaviour.js';
import type { ScoringEvent } from './event.js';
import { DAY_MS, createModel } from './model.js';
import { recomputeAll, toEventColumns } from './recompute.js';
import { addEvent, scoreEvents, scoreState } from './score.js';
import { newState } from './state.js';

const model = createModel();
const now = Date.UTC(2026, 5, 1);
const types = model.behaviours.map((b) => b.type);
const riskyTypes = model.behaviours.filter((b) => b.polarity === 'risk').map((b) => b.type);
const protectiveTypes = model.behaviours
  .filter((b) => b.polarity === 'protective')
  .map((b) => b.type);
const EPS = 1e-9;

const eventOf = (pool: string[]): fc.Arbitrary<ScoringEvent> =>
  fc.record({
    type: fc.constantFrom(...pool),
    time: fc.integer({ min: now - 1000 * DAY_MS, max: now }),
    severity: fc.option(fc.constantFrom(...severities), { nil: null }),
    details: fc.constantFrom({}, { automated: true }),
  });
const history = fc.array(eventOf(types), { maxLength: 40 });
const access = fc.double({ min: 0, max: 200, noNaN: true });
const inTwoOrders = history.chain((events) =>
  fc
    .shuffledSubarray(events, { minLength: events.length, maxLength: events.length })
    .map((shuffled) => [events, shuffled] as const),
);
const fields = ['risk', 'likelihood', 'behavior', 'threat', 'access'] as const;

describe('properties of the Human Risk Index', () => {
  it('stays within 0–100 in every component', () => {
    fc.assert(
      fc.property(history, access, (events, a) => {
        const s = scoreEvents(model, events, now, a);
        for (const f of fields) {
          expect(s[f]).toBeGreaterThanOrEqual(0);
          expect(s[f]).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never falls when a risky event is added', () => {
    fc.assert(
      fc.property(history, eventOf(riskyTypes), access, (events, extra, a) => {
        const before = scoreEvents(model, events, now, a);
        const after = scoreEvents(model, [...events, extra], now, a);
        for (const f of fields) expect(after[f]).toBeGreaterThanOrEqual(before[f] - EPS);
      }),
    );
  });

  it('never rises when a protective event is added', () => {
    fc.assert(
      fc.property(history, eventOf(protectiveTypes), access, (events, extra, a) => {
        const before = scoreEvents(model, events, now, a);
        const after = scoreEvents(model, [...events, extra], now, a);
        expect(after.risk).toBeLessThanOrEqual(before.risk + EPS);
        expect(after.likelihood).toBeLessThanOrEqual(before.likelihood + EPS);
      }),
    );
  });

  it('decays: with only risky events the index never rises as time passes', () => {
    fc.assert(
      fc.property(
        fc.array(eventOf(riskyTypes), { maxLength: 30 }),
        fc.integer({ min: 0, max: 2000 }),
        access,
        (events, days, a) => {
          const later = scoreEvents(model, events, now + days * DAY_MS, a);
          expect(later.risk).toBeLessThanOrEqual(scoreEvents(model, events, now, a).risk + EPS);
        },
      ),
    );
  });

  it('decays toward the no-event baseline: with only protective events the index rises back to it, never above', () => {
    fc.assert(
      fc.property(
        fc.array(eventOf(protectiveTypes), { maxLength: 30 }),
        fc.integer({ min: 0, max: 2000 }),
        access,
        (events, days, a) => {
          const baseline = scoreEvents(model, [], now, a).risk;
          const at = scoreEvents(model, events, now, a).risk;
          const later = scoreEvents(model, events, now + days * DAY_MS, a).risk;
          expect(later).toBeGreaterThanOrEqual(at - EPS);
          expect(later).toBeLessThanOrEqual(baseline + EPS);
        },
      ),
    );
  });

  it('returns to the baseline once every event is many half-lives old', () => {
    fc.assert(
      fc.property(history, access, (events, a) => {
        const far = now + 40 * 365 * DAY_MS;
        expect(scoreEvents(model, events, far, a).risk).toBeCloseTo(
          scoreEvents(model, [], far, a).risk,
          6,
        );
      }),
      { numRuns: 50 },
    );
  });

  it('gives one answer whichever path computes it: incremental in any order, as of, recompute', () => {
    fc.assert(
      fc.property(inTwoOrders, access, ([events, shuffled], a) => {
        const state = newState(model, now - 500 * DAY_MS);
        for (const e of shuffled) addEvent(model, state, e);
        const asOf = scoreEvents(model, events, now, a).risk;
        expect(scoreState(model, state, now, a).risk).toBeCloseTo(asOf, 9);
        const columns = toEventColumns(
          model,
          events.map((e) => ({ ...e, identity: 0 })),
        );
        expect(recomputeAll(model, columns, 1, now, [a]).risk[0]).toBeCloseTo(asOf, 3);
      }),
      { numRuns: 60 },
    );
  });
});
