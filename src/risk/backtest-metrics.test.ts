import { describe, expect, it } from 'vitest';
import { auc, calibration, topShare } from './backtest-metrics.js';

describe('auc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, 0.5 for all ties', () => {
    expect(auc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(auc([1, 1, 1, 1], [false, true, false, true])).toBe(0.5);
  });

  it('counts a tie between a positive and a negative as half', () => {
    // pairs (p, n): (3 vs 1) win, (3 vs 3) tie, (2 vs 1) win, (2 vs 3) loss → 2.5 / 4
    expect(auc([1, 3, 3, 2], [false, false, true, true])).toBe(0.625);
  });

  it('is NaN without both classes', () => {
    expect(auc([1, 2], [true, true])).toBeNaN();
  });
});

describe('topShare', () => {
  it('takes the weight of the top tenth', () => {
    const scores = Array.from({ length: 20 }, (_, i) => i);
    const weight = scores.map((s) => (s >= 18 ? 5 : 0)).map((w, i) => (i === 0 ? 10 : w));
    expect(topShare(scores, weight)).toBeCloseTo(10 / 20, 12);
  });

  it('credits ties at the cut in proportion, so a flat ranking captures a tenth', () => {
    expect(
      topShare(
        new Array(50).fill(0),
        Array.from({ length: 50 }, (_, i) => i % 7),
      ),
    ).toBeCloseTo(0.1, 12);
  });
});

describe('calibration', () => {
  it('reports incident rates by score decile', () => {
    const scores = Array.from({ length: 100 }, (_, i) => i);
    const rows = calibration(
      scores,
      scores.map((s) => s >= 90 || s === 5),
    );
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({
      decile: 1,
      n: 10,
      minScore: 0,
      maxScore: 9,
      withIncident: 1,
      observedRate: 0.1,
    });
    expect(rows[9]).toMatchObject({ decile: 10, withIncident: 10, observedRate: 1 });
  });
});
