import { levels, type Level, type Model, type StoredState } from '../risk/index.js';

export interface Distribution {
  identities: number;
  mean: number;
  /** Ten bins of width 10: [0,10), [10,20), … [90,100]. */
  histogram: number[];
  levels: Record<Level, number>;
  percentiles: Record<'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'p99', number>;
}

/** Histogram, level counts and percentiles of a set of scores. */
export function distributionOf(values: readonly { risk: number; level: Level }[]): Distribution {
  const histogram = new Array<number>(10).fill(0);
  const counts = Object.fromEntries(levels.map((l) => [l, 0])) as Record<Level, number>;
  let sum = 0;
  for (const v of values) {
    const bin = Math.min(9, Math.max(0, Math.floor(v.risk / 10)));
    histogram[bin] = (histogram[bin] ?? 0) + 1;
    counts[v.level]++;
    sum += v.risk;
  }
  const sorted = values.map((v) => v.risk).sort((a, b) => a - b);
  const q = (p: number): number => quantile(sorted, p);
  return {
    identities: values.length,
    mean: values.length ? sum / values.length : 0,
    histogram,
    levels: counts,
    percentiles: {
      p10: q(0.1),
      p25: q(0.25),
      p50: q(0.5),
      p75: q(0.75),
      p90: q(0.9),
      p99: q(0.99),
    },
  };
}

/** Linear interpolation between order statistics (the common "type 7" definition). */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] ?? a;
  return a + (h - lo) * (b - a);
}

export interface Driver {
  type: string;
  title: string;
  category: string;
  /** Identities for whom this behaviour currently carries points. */
  identities: number;
  /** Sum over those identities of the behaviour's decayed, capped points (before rank weighting). */
  points: number;
  /** Share of all behaviours' points, 0–1. */
  share: number;
}

/**
 * What drives risk across a population: each behaviour's current points summed over identities,
 * read from the stored states with the same decay and stacking cap as the score
 * (weight × min(sum, stackLimit × peak) × 2^(−Δt / half-life)).
 */
export function driversOf(model: Model, states: Iterable<StoredState>, at: number): Driver[] {
  const points = new Float64Array(model.behaviours.length);
  const people = new Int32Array(model.behaviours.length);
  for (const s of states)
    for (const [type, [sum, peak]] of Object.entries(s.behaviours)) {
      const b = model.indexOf.get(type);
      if (b === undefined) continue;
      const capped = Math.min(sum, (model.stackLimit[b] ?? 0) * peak);
      const v = (model.weight[b] ?? 0) * capped * Math.exp(-(at - s.ref) * (model.lambda[b] ?? 0));
      if (!(v > 1e-6)) continue;
      points[b] = (points[b] ?? 0) + v;
      people[b] = (people[b] ?? 0) + 1;
    }
  const total = points.reduce((a, v) => a + v, 0);
  return model.behaviours
    .map((b, i) => ({
      type: b.type,
      title: b.title,
      category: b.category,
      identities: people[i] ?? 0,
      points: points[i] ?? 0,
      share: total > 0 ? (points[i] ?? 0) / total : 0,
    }))
    .filter((d) => d.points > 0)
    .sort((a, b) => b.points - a.points);
}
