import { describe, expect, it } from 'vitest';
import { createModel } from './model.js';
import { behaviourPoints, rankWeightedSum } from './read.js';
import { accumulate, newState } from './state.js';

describe('rankWeightedSum', () => {
  it("reproduces Elastic's worked example: 70, 45, 21, 21, 21 → 94.455", () => {
    const weights = Float64Array.from({ length: 5 }, (_, i) => 1 / Math.pow(i + 1, 1.5));
    const values = Float64Array.from([21, 45, 21, 70, 21]);
    expect(rankWeightedSum(values, 5, weights)).toBeCloseTo(94.455, 3);
    expect([...values]).toEqual([70, 45, 21, 21, 21]);
  });

  it('counts nothing beyond n', () => {
    const values = Float64Array.from([5, 100]);
    expect(rankWeightedSum(values, 1, Float64Array.from([1, 1]))).toBe(5);
  });
});

describe('behaviourPoints', () => {
  const model = createModel();
  const b = model.indexOf.get('phishing.sim_clicked') ?? -1;
  const weight = model.weight[b] ?? 0;
  const day = 86_400_000;
  const halfLife = (model.behaviours[b]?.halfLifeDays ?? 0) * day;

  it('halves every half-life', () => {
    const state = newState(model, 0);
    accumulate(model, state, b, 1, 0);
    expect(behaviourPoints(model, state, b, 0)).toBeCloseTo(weight, 10);
    expect(behaviourPoints(model, state, b, halfLife)).toBeCloseTo(weight / 2, 10);
    expect(behaviourPoints(model, state, b, 3 * halfLife)).toBeCloseTo(weight / 8, 10);
  });

  it('caps stacking at stackLimit × the largest event (Splunk RBA)', () => {
    const state = newState(model, 0);
    for (let i = 0; i < 10; i++) accumulate(model, state, b, 1, 0);
    expect(behaviourPoints(model, state, b, 0)).toBeCloseTo(3 * weight, 10);
  });

  it('lets stacking below the cap add up in full', () => {
    const state = newState(model, 0);
    accumulate(model, state, b, 1, 0);
    accumulate(model, state, b, 1, 0);
    expect(behaviourPoints(model, state, b, 0)).toBeCloseTo(2 * weight, 10);
  });
});
