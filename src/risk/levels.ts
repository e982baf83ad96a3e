import type { LevelThresholds } from './params.js';

export const levels = ['low', 'medium', 'high', 'critical'] as const;
export type Level = (typeof levels)[number];

/** The level of a Human Risk Index value. */
export function levelOf(risk: number, thresholds: Readonly<LevelThresholds>): Level {
  if (risk >= thresholds.critical) return 'critical';
  if (risk >= thresholds.high) return 'high';
  if (risk >= thresholds.medium) return 'medium';
  return 'low';
}

/**
 * Percentile rank of each value within the population, 0–100: the share of values below it plus
 * half the share equal to it (the mid-rank definition, so ties share one percentile and a
 * population of equal scores sits at 50).
 */
export function percentileRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? 0;
    const below = lowerBound(sorted, v);
    const equal = lowerBound(sorted, nextUp(v)) - below;
    out[i] = (100 * (below + equal / 2)) / n;
  }
  return out;
}

/** First index whose value is ≥ v. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const view = new DataView(new ArrayBuffer(8));

/** The smallest double greater than v (v finite). */
function nextUp(v: number): number {
  if (v === 0) return Number.MIN_VALUE;
  view.setFloat64(0, v);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, v > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}
