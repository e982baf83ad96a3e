import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { aggregate, stats, type GroupMember } from './groups.js';
import { levelOf } from './levels.js';
import { defaultParams } from './params.js';

const member = (risk: number, department: string, cohorts: string[] = []): GroupMember => ({
  risk,
  level: levelOf(risk, defaultParams.levels),
  department,
  cohorts,
});

describe('aggregate', () => {
  const steady = Array.from({ length: 40 }, (_, i) => member(40 + (i % 3), 'Finance'));
  const noisy = [90, 5, 80, 2, 75].map((r) => member(r, 'Legal'));
  const tiny = [member(99, 'Board'), member(98, 'Board')];

  it('ranks a large steady group above a small noisy one with a higher mean', () => {
    const { groups } = aggregate([...steady, ...noisy, ...tiny], 'department');
    const legal = groups.find((g) => g.key === 'Legal');
    expect(legal?.mean).toBeGreaterThan(groups.find((g) => g.key === 'Finance')?.mean ?? 0);
    expect(groups.map((g) => g.key)).toEqual(['Finance', 'Legal']);
  });

  it('computes the lower bound as max(0, mean − 1.65 sd / √n)', () => {
    const g = stats(
      'x',
      [10, 20, 30, 40, 50].map((r) => member(r, 'x')),
    );
    expect(g.mean).toBe(30);
    expect(g.sd).toBeCloseTo(Math.sqrt(250), 12);
    expect(g.lowerBound).toBeCloseTo(30 - (1.65 * Math.sqrt(250)) / Math.sqrt(5), 12);
  });

  it('hides groups below the minimum size, giving no figures for them', () => {
    const result = aggregate([...steady, ...tiny], 'department');
    expect(result.hidden).toEqual(['Board']);
    expect(result.groups.some((g) => g.key === 'Board')).toBe(false);
  });

  it('refuses a minimum group size below 5', () => {
    expect(() => aggregate(steady, 'department', { minGroupSize: 3 })).toThrow(AppError);
  });

  it('counts a member in each of its cohorts, and everyone in the tenant', () => {
    const people = Array.from({ length: 6 }, (_, i) => member(10 * i, 'x', ['a', 'b']));
    const cohorts = aggregate(people, 'cohort');
    expect(cohorts.groups.map((g) => [g.key, g.n])).toEqual([
      ['a', 6],
      ['b', 6],
    ]);
    expect(aggregate(people, 'tenant').groups[0]?.n).toBe(6);
  });
});
