import { describe, expect, it } from 'vitest';
import { rollUpAgents } from './rollup.js';

describe('rollUpAgents', () => {
  it('leaves an owner without agents unchanged', () => {
    expect(rollUpAgents(30, [], 0.5, 1.5)).toBe(30);
  });

  it('joins one agent at half weight as an independent chance', () => {
    expect(rollUpAgents(20, [60], 0.5, 1.5)).toBeCloseTo(100 * (1 - 0.8 * (1 - 0.3)), 12);
  });

  it('never lowers the owner, never exceeds 100, and rises with each agent less than the last', () => {
    const one = rollUpAgents(10, [50], 0.5, 1.5);
    const two = rollUpAgents(10, [50, 50], 0.5, 1.5);
    const three = rollUpAgents(10, [50, 50, 50], 0.5, 1.5);
    expect(one).toBeGreaterThan(10);
    expect(two - one).toBeGreaterThan(three - two);
    expect(
      rollUpAgents(
        99,
        Array.from({ length: 100 }, () => 100),
        1,
        0,
      ),
    ).toBeLessThanOrEqual(100);
  });
});
