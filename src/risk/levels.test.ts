import { describe, expect, it } from 'vitest';
import { levelOf, percentileRanks } from './levels.js';
import { defaultParams } from './params.js';

describe('levels', () => {
  it('puts each threshold in the higher level', () => {
    const t = defaultParams.levels;
    expect(levelOf(t.medium - 0.001, t)).toBe('low');
    expect(levelOf(t.medium, t)).toBe('medium');
    expect(levelOf(t.high, t)).toBe('high');
    expect(levelOf(t.critical, t)).toBe('critical');
    expect(levelOf(100, t)).toBe('critical');
  });
});

describe('percentileRanks', () => {
  it('uses mid-ranks: below plus half of the ties', () => {
    expect([...percentileRanks([10, 20, 20, 40])]).toEqual([12.5, 50, 50, 87.5]);
  });

  it('puts a population of equal scores at 50 and handles empty input', () => {
    expect([...percentileRanks([0, 0, 0])]).toEqual([50, 50, 50]);
    expect(percentileRanks([]).length).toBe(0);
  });
});
