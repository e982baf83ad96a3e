import {
  levelOf,
  levels,
  percentileRanks,
  rollUpAgents,
  type Level,
  type Model,
  type RiskComponents,
} from '../risk/index.js';
import type { PopulationMember, StoredScore } from './population.repository.js';
import type { TrendDay } from './snapshot.repository.js';

/**
 * A percentile that moved less than this is not rewritten: one person's new score shifts everyone
 * between their old and new rank by 100/n points, and rewriting the whole tenant for that would
 * make every incremental run cost as much as a full one.
 */
export const PERCENTILE_TOLERANCE = 0.01;

/** An identity's own score before roll-up, and whether this run computed it. */
export interface OwnScore {
  components: RiskComponents;
  computedAt: number;
  /** False when carried over from the stored score (the identity had nothing new). */
  rescored: boolean;
}

export interface FinishedPopulation {
  scores: StoredScore[];
  /** Identities whose stored score must be written. */
  changed: Set<string>;
  /** Identities whose stored score is unchanged but for its percentile (ranks shifted by others). */
  moved: Set<string>;
}

/**
 * Rolls agents up to owners, assigns levels and percentiles over the whole tenant, and says which
 * stored rows are out of date: every rescored identity and any other whose final risk or level
 * moved (an owner whose agent changed) must be written; others whose percentile moved (ranks
 * shifted by others) need only that column written.
 */
export function finishTenant(
  model: Model,
  members: readonly PopulationMember[],
  own: ReadonlyMap<string, OwnScore>,
  stored: ReadonlyMap<string, StoredScore>,
): FinishedPopulation {
  const scores = members.map((m): StoredScore => {
    const c = own.get(m.id);
    if (c === undefined) throw new RangeError(`no score for identity ${m.id}`);
    return fromComponents(m, c.components, model.version, c.computedAt);
  });
  rollUp(model, members, scores);
  for (const kind of ['person', 'agent'] as const) {
    const group = scores.filter((s) => s.kind === kind);
    const ranks = percentileRanks(group.map((s) => s.risk));
    group.forEach((s, i) => (s.percentile = ranks[i] ?? 0));
  }
  const changed = new Set<string>();
  const moved = new Set<string>();
  for (const score of scores) {
    const before = stored.get(score.identityId);
    if (
      before === undefined ||
      own.get(score.identityId)?.rescored !== false ||
      differs(before, score)
    )
      changed.add(score.identityId);
    else if (Math.abs(before.percentile - score.percentile) >= PERCENTILE_TOLERANCE)
      moved.add(score.identityId);
    else score.percentile = before.percentile;
  }
  return { scores, changed, moved };
}

function fromComponents(
  m: PopulationMember,
  c: RiskComponents,
  modelVersion: string,
  computedAt: number,
): StoredScore {
  return {
    identityId: m.id,
    kind: m.kind,
    risk: c.risk,
    ownRisk: c.risk,
    likelihood: c.likelihood,
    behavior: c.behavior,
    threat: c.threat,
    access: c.access,
    protection: c.protection,
    level: 'low',
    percentile: 0,
    modelVersion,
    computedAt,
  };
}

/**
 * Agents' own risk rolls up to their owners and every identity gets its level: what the engine's
 * `finishPopulation` does, with the engine's `rollUpAgents` and `levelOf`, written as a loop over
 * plain rows because at 100,000 identities the engine's version spent seconds in allocation.
 */
function rollUp(model: Model, members: readonly PopulationMember[], scores: StoredScore[]): void {
  const agentRisks = new Map<string, number[]>();
  members.forEach((m, i) => {
    if (m.kind !== 'agent' || m.owner_id === null) return;
    const list = agentRisks.get(m.owner_id) ?? [];
    list.push(scores[i]?.ownRisk ?? 0);
    agentRisks.set(m.owner_id, list);
  });
  const { agentRollUpWeight, rankExponent, levels: thresholds } = model.params;
  for (const s of scores) {
    const agents = agentRisks.get(s.identityId);
    if (agents) s.risk = rollUpAgents(s.ownRisk, agents, agentRollUpWeight, rankExponent);
    s.level = levelOf(s.risk, thresholds);
  }
}

/** Whether anything but the percentile differs (an identity that was not rescored keeps its time). */
function differs(a: StoredScore, b: StoredScore): boolean {
  return a.risk !== b.risk || a.level !== b.level || a.modelVersion !== b.modelVersion;
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
