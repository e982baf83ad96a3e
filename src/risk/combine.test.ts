import { describe, expect, it } from 'vitest';
import { combine, impactModifier, oddsUpdate, protectionShare, saturate } from './combine.js';
import { defaultParams } from './params.js';

const none = { behaviour: 0, threat: 0, access: 0, protective: 0 };

describe('combination formulas', () => {
  it('saturate is 0 at 0, 1 − 1/e at the scale, below 100 always', () => {
    expect(saturate(0, 30)).toBe(0);
    expect(saturate(30, 30)).toBeCloseTo(100 * (1 - Math.exp(-1)), 12);
    expect(saturate(1e6, 30)).toBeLessThanOrEqual(100);
    expect(saturate(-5, 30)).toBe(0);
  });

  it("oddsUpdate reproduces Elastic's criticality example: 36.16 with Extreme (×2) → 53.11", () => {
    expect(100 * oddsUpdate(0.3616, 2)).toBeCloseTo(53.11, 2);
    expect(oddsUpdate(0, 2)).toBe(0);
    expect(oddsUpdate(1, 0.5)).toBe(1);
  });

  it('impact modifier runs from 0.5 at no access to 2 at full access', () => {
    expect(impactModifier(0, defaultParams)).toBe(0.5);
    expect(impactModifier(100, defaultParams)).toBe(2);
    expect(impactModifier(100 / 3, defaultParams)).toBeCloseTo(1, 12);
  });

  it('protection never takes off more than its maximum', () => {
    expect(protectionShare(0, defaultParams)).toBe(0);
    expect(protectionShare(1e9, defaultParams)).toBeCloseTo(
      defaultParams.protectiveMaxReduction,
      12,
    );
  });

  it('scores someone with no signal from the behaviour prior alone', () => {
    const c = combine(none, 0, defaultParams);
    expect(c.behavior).toBeCloseTo(
      saturate(defaultParams.behaviourPrior, defaultParams.behaviourScale),
      12,
    );
    expect(c.threat).toBe(0);
    expect(c.likelihood).toBeCloseTo(c.behavior * defaultParams.threatFloor, 12);
    expect(c.risk).toBeCloseTo(100 * oddsUpdate(c.likelihood / 100, 0.5), 12);
  });

  it('doubles likelihood from no threat to maximal threat at the default floor', () => {
    const calm = combine({ ...none, behaviour: 20 }, 0, defaultParams);
    const attacked = combine({ ...none, behaviour: 20, threat: 1e6 }, 0, defaultParams);
    expect(attacked.likelihood / calm.likelihood).toBeCloseTo(1 / defaultParams.threatFloor, 6);
  });

  it('lowers behaviour with protective points, and raises risk with access', () => {
    const base = combine({ ...none, behaviour: 20 }, 0, defaultParams);
    expect(
      combine({ ...none, behaviour: 20, protective: 10 }, 0, defaultParams).behavior,
    ).toBeLessThan(base.behavior);
    expect(combine({ ...none, behaviour: 20 }, 40, defaultParams).risk).toBeGreaterThan(base.risk);
  });
});
