import { AppError } from '../shared/errors.js';
import { levels, type Level } from './levels.js';

/** The dimensions the product aggregates by (PRODUCT.md §3). */
export const dimensions = [
  'department',
  'location',
  'title',
  'manager',
  'businessUnit',
  'cohort',
  'tenant',
] as const;
export type Dimension = (typeof dimensions)[number];

/** What aggregation needs of a scored identity. */
export interface GroupMember {
  risk: number;
  level: Level;
  department?: string | null;
  location?: string | null;
  title?: string | null;
  managerId?: string | null;
  businessUnitId?: string | null;
  cohorts?: readonly string[];
}

export interface GroupStats {
  key: string;
  n: number;
  mean: number;
  sd: number;
  /** Mimecast's ranking index: max(0, mean − z × sd / √n), the lower 90 % confidence bound. */
  lowerBound: number;
  levels: Record<Level, number>;
  /** Share of members at high or critical, 0–1. */
  highOrCritical: number;
}

export interface Aggregation {
  dimension: Dimension;
  /** Groups of at least `minGroupSize`, riskiest lower bound first. */
  groups: GroupStats[];
  /** Keys of groups hidden because they are smaller than `minGroupSize`; no figures are given. */
  hidden: string[];
  minGroupSize: number;
}

export interface AggregateOptions {
  /** Groups smaller than this are hidden (default 5, and never lower: see docs/risk-model.md). */
  minGroupSize?: number;
  /** One-sided z for the lower bound (default 1.65, Mimecast's 90 % bound). */
  z?: number;
}

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_SIZE_FLOOR = 5;

/**
 * Aggregates scores by one dimension and ranks the groups by the lower confidence bound of their
 * mean, so that a small group with one noisy member does not top the list (Mimecast Human Risk
 * Command Center's department index). Members without a value for the dimension are left out;
 * a member in several cohorts counts in each.
 */
export function aggregate(
  members: readonly GroupMember[],
  dimension: Dimension,
  options: AggregateOptions = {},
): Aggregation {
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (!Number.isInteger(minGroupSize) || minGroupSize < MIN_GROUP_SIZE_FLOOR) {
    const message = `must be a whole number of at least ${MIN_GROUP_SIZE_FLOOR}, got ${minGroupSize}`;
    throw new AppError('VALIDATION_FAILED', `minGroupSize: ${message}`, [
      { path: 'minGroupSize', message },
    ]);
  }
  const z = options.z ?? 1.65;
  const byKey = new Map<string, GroupMember[]>();
  for (const m of members)
    for (const key of keysOf(m, dimension)) {
      const list = byKey.get(key) ?? [];
      list.push(m);
      byKey.set(key, list);
    }
  const groups: GroupStats[] = [];
  const hidden: string[] = [];
  for (const [key, list] of byKey) {
    if (list.length < minGroupSize) hidden.push(key);
    else groups.push(stats(key, list, z));
  }
  groups.sort(
    (a, b) => b.lowerBound - a.lowerBound || b.mean - a.mean || a.key.localeCompare(b.key),
  );
  return { dimension, groups, hidden: hidden.sort(), minGroupSize };
}

function keysOf(m: GroupMember, dimension: Dimension): readonly string[] {
  const single = (value: string | null | undefined): string[] =>
    value === null || value === undefined || value === '' ? [] : [value];
  switch (dimension) {
    case 'department':
      return single(m.department);
    case 'location':
      return single(m.location);
    case 'title':
      return single(m.title);
    case 'manager':
      return single(m.managerId);
    case 'businessUnit':
      return single(m.businessUnitId);
    case 'cohort':
      return m.cohorts ?? [];
    case 'tenant':
      return ['tenant'];
  }
}

/** Mean, sample standard deviation, lower bound and level counts of one group. */
export function stats(key: string, list: readonly GroupMember[], z = 1.65): GroupStats {
  const n = list.length;
  const mean = list.reduce((s, m) => s + m.risk, 0) / n;
  const variance = n > 1 ? list.reduce((s, m) => s + (m.risk - mean) ** 2, 0) / (n - 1) : 0;
  const sd = Math.sqrt(variance);
  const counts = Object.fromEntries(levels.map((l) => [l, 0])) as Record<Level, number>;
  for (const m of list) counts[m.level]++;
  const highOrCritical = (counts.high + counts.critical) / n;
  return {
    key,
    n,
    mean,
    sd,
    lowerBound: Math.max(0, mean - (z * sd) / Math.sqrt(n)),
    levels: counts,
    highOrCritical,
  };
}
