import { describe, expect, it } from 'vitest';
import { demoHistoryRange } from './history.js';

const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);

describe('demoHistoryRange', () => {
  it('fills in the days before today; today is the scoring run’s', () => {
    const range = demoHistoryRange({ days: 180, endDate: '2026-12-04' }, 90, noon('2026-12-04'));
    expect(range).toEqual({ from: '2026-09-06', to: '2026-12-03' });
  });

  it('never reaches before the period starts', () => {
    const range = demoHistoryRange({ days: 40, endDate: '2026-12-04' }, 90, noon('2026-12-04'));
    expect(range).toEqual({ from: '2026-10-26', to: '2026-12-03' });
  });

  it('takes every day of a period that is over, its last day included', () => {
    const range = demoHistoryRange({ days: 180, endDate: '2026-06-30' }, 3, noon('2026-12-04'));
    expect(range).toEqual({ from: '2026-06-28', to: '2026-06-30' });
  });

  it('fills in nothing when asked for none or when no day of the period is over', () => {
    expect(demoHistoryRange({ days: 180, endDate: '2026-12-04' }, 0, noon('2026-12-04'))).toBe(
      undefined,
    );
    expect(demoHistoryRange({ days: 1, endDate: '2026-12-04' }, 90, noon('2026-12-04'))).toBe(
      undefined,
    );
  });
});
