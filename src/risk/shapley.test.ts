import { describe, expect, it } from 'vitest';
import { shapley } from './shapley.js';

describe('shapley', () => {
  it('gives each player its own part in an additive game', () => {
    const parts = [3, 5, -2, 7];
    const v = (mask: number): number => parts.reduce((s, p, i) => (mask & (1 << i) ? s + p : s), 0);
    shapley(4, v).forEach((phi, i) => expect(phi).toBeCloseTo(parts[i] ?? 0, 12));
  });

  it('splits a product game evenly and sums to v(all) − v(none)', () => {
    const v = (mask: number): number => (mask === 3 ? 12 : 0);
    expect(shapley(2, v)).toEqual([6, 6]);
  });
});
