import type { AccessProfile } from './access.js';
import { combine } from './combine.js';
import type { ScoringEvent } from './event.js';
import { Role, type Model } from './model.js';
import { behaviourPoints, type RolePoints } from './read.js';
import { rollUpAgents } from './rollup.js';
import { finish, stateFromEvents, type RiskScore } from './score.js';
import { shapley } from './shapley.js';
import {
  type ExplainedBehaviour,
  type ExplainedEvent,
  explainBehaviours,
} from './explain.events.js';

export type FactorName = 'behavior' | 'threat' | 'access' | 'protection' | 'agents';

export interface Factor {
  factor: FactorName;
  /** The component's own value, 0–100 (for `agents`, the riskiest agent's index). */
  value: number;
  /** Points of the index due to this factor; negative for protection. */
  points: number;
}

export interface ExplainedAccess {
  kind: string;
  label: string;
  points: number;
}

/**
 * Why an identity has its score. `baseline + Σ factors.points = score.risk`, each factor's points
 * are split over its behaviours, and each behaviour's over its events, so every event's points
 * are its share of the index.
 */
export interface Explanation {
  score: RiskScore;
  /** The index of someone with no events and no access: the behaviour prior alone. */
  baseline: number;
  factors: Factor[];
  behaviours: ExplainedBehaviour[];
  /** The events with the most points (by absolute value), most first. */
  events: ExplainedEvent[];
  access: ExplainedAccess[];
}

export interface ExplainOptions {
  access?: AccessProfile;
  /** Current indexes of the agents this identity owns. */
  agentRisks?: readonly number[];
  /** How many events to list (default 20). */
  topEvents?: number;
}

const PLAYERS: readonly FactorName[] = ['behavior', 'threat', 'access', 'protection'];

/**
 * Explains an identity's index at `at` from its events. The split among the four factors uses
 * Shapley values, so it does not depend on the order in which factors are considered.
 */
export function explain(
  model: Model,
  events: readonly ScoringEvent[],
  at: number,
  options: ExplainOptions = {},
): Explanation {
  const state = stateFromEvents(model, events, at);
  const perBehaviour = model.behaviours.map((_, b) => behaviourPoints(model, state, b, at));
  const roles = rolePointsWithShares(model, perBehaviour);
  const profilePoints = options.access?.points ?? 0;
  const v = (mask: number): number => {
    const p: RolePoints = {
      behaviour: mask & 1 ? roles.points.behaviour : 0,
      threat: mask & 2 ? roles.points.threat : 0,
      access: mask & 4 ? roles.points.access : 0,
      protective: mask & 8 ? roles.points.protective : 0,
    };
    return combine(p, mask & 4 ? profilePoints : 0, model.params).risk;
  };
  const phi = shapley(PLAYERS.length, v);
  const own = combine(roles.points, profilePoints, model.params);
  const rolled = rollUpAgents(
    own.risk,
    options.agentRisks ?? [],
    model.params.agentRollUpWeight,
    model.params.rankExponent,
  );
  const score = finish(model, { ...own, risk: rolled }, at);
  const factors = buildFactors(own, phi, rolled, options.agentRisks ?? []);
  const accessTotal = profilePoints + roles.points.access;
  const roleFactor = [
    phi[0] ?? 0,
    phi[1] ?? 0,
    accessShare(phi[2] ?? 0, roles.points.access, accessTotal),
    phi[3] ?? 0,
  ];
  const { behaviours, events: top } = explainBehaviours(
    model,
    state,
    events,
    at,
    roles.shares,
    roleFactor,
    options.topEvents ?? 20,
  );
  const access = (options.access?.items ?? []).map((item) => ({
    kind: item.kind,
    label: item.label,
    points: accessShare(phi[2] ?? 0, item.points, accessTotal),
  }));
  return { score, baseline: v(0), factors, behaviours, events: top, access };
}

function accessShare(points: number, part: number, total: number): number {
  return total > 0 ? (points * part) / total : 0;
}

function buildFactors(
  own: ReturnType<typeof combine>,
  phi: number[],
  rolled: number,
  agentRisks: readonly number[],
): Factor[] {
  const values = [own.behavior, own.threat, own.access, own.protection];
  const factors: Factor[] = PLAYERS.map((factor, i) => ({
    factor,
    value: values[i] ?? 0,
    points: phi[i] ?? 0,
  }));
  if (agentRisks.length > 0)
    factors.push({ factor: 'agents', value: Math.max(...agentRisks), points: rolled - own.risk });
  return factors;
}

/**
 * Role points as `readRolePoints` computes them, plus each behaviour's share of its role's points
 * after rank weighting (share[b] = v_b × rankWeight / role points).
 */
function rolePointsWithShares(
  model: Model,
  perBehaviour: readonly number[],
): { points: RolePoints; shares: Float64Array } {
  const shares = new Float64Array(perBehaviour.length);
  const totals = [0, 0, 0, 0];
  for (const role of [Role.behaviour, Role.threat, Role.access, Role.protective]) {
    const members = perBehaviour
      .map((v, b) => ({ v, b }))
      .filter(({ v, b }) => v > 0 && model.role[b] === role)
      .sort((x, y) => y.v - x.v);
    members.forEach(({ v, b }, rank) => {
      shares[b] = v * (model.rankWeight[rank] ?? 0);
      totals[role] = (totals[role] ?? 0) + (shares[b] ?? 0);
    });
    for (const { b } of members) shares[b] = (shares[b] ?? 0) / (totals[role] || 1);
  }
  const points = {
    behaviour: totals[0] ?? 0,
    threat: totals[1] ?? 0,
    access: totals[2] ?? 0,
    protective: totals[3] ?? 0,
  };
  return { points, shares };
}
