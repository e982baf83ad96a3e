import type { ModelParams } from './params.js';
import type { RolePoints } from './read.js';

/** The parts of the Human Risk Index, each 0–100. */
export interface RiskComponents {
  /** The Human Risk Index: likelihood raised or lowered by impact. */
  risk: number;
  /** How likely the identity is to be compromised, from behaviour and threat. */
  likelihood: number;
  behavior: number;
  threat: number;
  /** Blast radius if compromised. */
  access: number;
  /** How much protective behaviour takes off the behaviour points, in percent. */
  protection: number;
}

/** 100 × (1 − e^(−x/scale)): 0 at 0, 63 at `scale`, approaching but never reaching 100. */
export function saturate(points: number, scale: number): number {
  return 100 * (1 - Math.exp(-Math.max(0, points) / scale));
}

/**
 * Elastic's asset-criticality "Bayesian update": the odds p/(1−p) are multiplied by a modifier m
 * and turned back into a probability. Monotone in p and m, and stays within 0–1.
 */
export function oddsUpdate(p: number, m: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return (p * m) / (1 - p + p * m);
}

/** Share of behaviour points that protective behaviour removes: ρmax × (1 − e^(−P/scale)). */
export function protectionShare(protectivePoints: number, params: ModelParams): number {
  const saturation = 1 - Math.exp(-Math.max(0, protectivePoints) / params.protectiveScale);
  return params.protectiveMaxReduction * saturation;
}

/** Impact modifier from the access component: linear from `impactModifierMin` to `…Max`. */
export function impactModifier(access: number, params: ModelParams): number {
  const span = params.impactModifierMax - params.impactModifierMin;
  return params.impactModifierMin + (span * access) / 100;
}

/**
 * Combines role points and the directory's access points into the index:
 *   behavior   = sat((prior + B) × (1 − protection), Kb)
 *   threat     = sat(T, Kt)
 *   likelihood = behavior × (floor + (1 − floor) × threat/100)   (threat × vulnerability, Living Security)
 *   access     = sat(A_directory + A_events, Ka)
 *   risk       = 100 × oddsUpdate(likelihood/100, m(access))    (Elastic's criticality update)
 */
export function combine(
  points: RolePoints,
  accessPoints: number,
  params: ModelParams,
): RiskComponents {
  const rho = protectionShare(points.protective, params);
  const behavior = saturate(
    (params.behaviourPrior + points.behaviour) * (1 - rho),
    params.behaviourScale,
  );
  const threat = saturate(points.threat, params.threatScale);
  const exposure = params.threatFloor + ((1 - params.threatFloor) * threat) / 100;
  const likelihood = behavior * exposure;
  const access = saturate(accessPoints + points.access, params.accessScale);
  const m = impactModifier(access, params);
  const risk = 100 * oddsUpdate(likelihood / 100, m);
  return { risk, likelihood, behavior, threat, access, protection: 100 * rho };
}
