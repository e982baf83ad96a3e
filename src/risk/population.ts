import type { RiskComponents } from './combine.js';
import { levelOf, percentileRanks, type Level } from './levels.js';
import type { Model } from './model.js';
import { rollUpAgents } from './rollup.js';

export type IdentityKind = 'person' | 'agent';

export interface Member {
  id: string;
  kind: IdentityKind;
  /** An agent's human owner. */
  ownerId?: string | null;
}

/** An identity's final score within its tenant. */
export interface ScoredIdentity extends RiskComponents {
  id: string;
  kind: IdentityKind;
  /** The index before the risk of owned agents was rolled up (equal to `risk` for most). */
  ownRisk: number;
  level: Level;
  /** Percentile rank of `risk` among identities of the same kind, 0–100. */
  percentile: number;
  at: number;
  modelVersion: string;
}

/**
 * Turns each member's own components into final scores: rolls agents' risk up to their owners,
 * assigns levels, and ranks people among people and agents among agents (the two populations have
 * different signals, so mixing them would skew both).
 */
export function finishPopulation(
  model: Model,
  members: readonly Member[],
  own: readonly RiskComponents[],
  at: number,
): ScoredIdentity[] {
  const agentRisks = new Map<string, number[]>();
  members.forEach((m, i) => {
    if (m.kind !== 'agent' || m.ownerId == null) return;
    const list = agentRisks.get(m.ownerId) ?? [];
    list.push(own[i]?.risk ?? 0);
    agentRisks.set(m.ownerId, list);
  });
  const { agentRollUpWeight, rankExponent } = model.params;
  const scored = members.map((m, i): ScoredIdentity => {
    const c = own[i];
    if (c === undefined) throw new RangeError(`own[${i}] is missing for identity ${m.id}`);
    const risk = rollUpAgents(c.risk, agentRisks.get(m.id) ?? [], agentRollUpWeight, rankExponent);
    const level = levelOf(risk, model.params.levels);
    return {
      ...c,
      id: m.id,
      kind: m.kind,
      ownRisk: c.risk,
      risk,
      level,
      percentile: 0,
      at,
      modelVersion: model.version,
    };
  });
  for (const kind of ['person', 'agent'] as const)
    assignPercentiles(scored.filter((s) => s.kind === kind));
  return scored;
}

function assignPercentiles(group: ScoredIdentity[]): void {
  const ranks = percentileRanks(group.map((s) => s.risk));
  group.forEach((s, i) => {
    s.percentile = ranks[i] ?? 0;
  });
}
