import {
  levels,
  type IdentityState,
  type Level,
  type Model,
  type StoredState,
} from '../risk/index.js';

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
 * with the same decay and stacking cap as the score
 * (weight × min(sum, stackLimit × peak) × 2^(−Δt / half-life)). States are added one by one, as
 * stored (`addStored`) or as the scoring run holds them (`addState`).
 */
export class DriverTotals {
  private readonly points: Float64Array;
  private readonly people: Int32Array;

  constructor(
    private readonly model: Model,
    private readonly at: number,
  ) {
    this.points = new Float64Array(model.behaviours.length);
    this.people = new Int32Array(model.behaviours.length);
  }

  addStored(s: StoredState): void {
    for (const [type, [sum, peak]] of Object.entries(s.behaviours)) {
      const b = this.model.indexOf.get(type);
      if (b !== undefined) this.add(b, sum, peak, s.ref);
    }
  }

  addState(s: IdentityState): void {
    for (let i = 0; i < s.activeCount; i++) {
      const b = s.active[i] ?? 0;
      this.add(b, s.sum[b] ?? 0, s.peak[b] ?? 0, s.ref);
    }
  }

  private add(b: number, sum: number, peak: number, ref: number): void {
    const m = this.model;
    const capped = Math.min(sum, (m.stackLimit[b] ?? 0) * peak);
    const v = (m.weight[b] ?? 0) * capped * Math.exp(-(this.at - ref) * (m.lambda[b] ?? 0));
    if (!(v > 1e-6)) return;
    this.points[b] = (this.points[b] ?? 0) + v;
    this.people[b] = (this.people[b] ?? 0) + 1;
  }

  /** The behaviours carrying points, most first. */
  list(): Driver[] {
    const total = this.points.reduce((a, v) => a + v, 0);
    return this.model.behaviours
      .map((b, i) => ({
        type: b.type,
        title: b.title,
        category: b.category,
        identities: this.people[i] ?? 0,
        points: this.points[i] ?? 0,
        share: total > 0 ? (this.points[i] ?? 0) / total : 0,
      }))
      .filter((d) => d.points > 0)
      .sort((a, b) => b.points - a.points);
  }
}

/** `DriverTotals` over stored states. */
export function driversOf(model: Model, states: Iterable<StoredState>, at: number): Driver[] {
  const totals = new DriverTotals(model, at);
  for (const s of states) totals.addStored(s);
  return totals.list();
}
