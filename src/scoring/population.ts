import {
  finishPopulation,
  levels,
  type Level,
  type Model,
  type RiskComponents,
  type ScoredIdentity,
} from '../risk/index.js';
import type { PopulationMember, StoredScore } from './population.repository.js';
import type { TrendDay } from './snapshot.repository.js';

/**
 * A percentile that moved less than this is not rewritten: one person's new score shifts everyone
 * between their old and new rank by 100/n points, and rewriting the whole tenant for that would
 * make every incremental run cost as much as a full one.
 */
export const PERCENTILE_TOLERANCE = 0.01;

export interface FinishedPopulation {
  scores: StoredScore[];
  /** Identities whose stored score must be written. */
  changed: Set<string>;
}

/**
 * Rolls agents up to owners, assigns levels and percentiles over the whole tenant, and says which
 * stored rows are out of date: every rescored identity, and any other whose final risk, level or
 * percentile moved (an owner whose agent changed, ranks shifted by others).
 */
export function finishTenant(
  model: Model,
  members: readonly PopulationMember[],
  own: ReadonlyMap<string, { components: RiskComponents; computedAt: number }>,
  stored: ReadonlyMap<string, StoredScore>,
  at: number,
): FinishedPopulation {
  const list = members.map((m) => ({ id: m.id, kind: m.kind, ownerId: m.owner_id }));
  const components = members.map((m) => {
    const c = own.get(m.id);
    if (c === undefined) throw new RangeError(`no score for identity ${m.id}`);
    return c.components;
  });
  const scored = finishPopulation(model, list, components, at);
  const changed = new Set<string>();
  const scores = scored.map((s: ScoredIdentity): StoredScore => {
    const computedAt = own.get(s.id)?.computedAt ?? at;
    const before = stored.get(s.id);
    const score = toStored(s, computedAt);
    if (before === undefined || computedAt === at || differs(before, score)) changed.add(s.id);
    else score.percentile = before.percentile;
    return score;
  });
  return { scores, changed };
}

function toStored(s: ScoredIdentity, computedAt: number): StoredScore {
  return {
    identityId: s.id,
    kind: s.kind,
    risk: s.risk,
    ownRisk: s.ownRisk,
    likelihood: s.likelihood,
    behavior: s.behavior,
    threat: s.threat,
    access: s.access,
    protection: s.protection,
    level: s.level,
    percentile: s.percentile,
    modelVersion: s.modelVersion,
    computedAt,
  };
}

function differs(a: StoredScore, b: StoredScore): boolean {
  return (
    a.risk !== b.risk ||
    a.level !== b.level ||
    a.modelVersion !== b.modelVersion ||
    Math.abs(a.percentile - b.percentile) >= PERCENTILE_TOLERANCE
  );
}

/** The tenant's summary for one day of the trend. */
export function trendOf(day: string, scores: readonly StoredScore[]): TrendDay {
  const counts = Object.fromEntries(levels.map((l) => [l, 0])) as Record<Level, number>;
  let sum = 0;
  for (const s of scores) {
    counts[s.level]++;
    sum += s.risk;
  }
  return {
    day,
    identities: scores.length,
    meanRisk: scores.length ? sum / scores.length : 0,
    levels: counts,
  };
}
