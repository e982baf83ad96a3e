import type { Severity } from '../catalog/behaviour.js';

/** Stamped on every score, snapshot and explanation; bump it when a formula or default changes. */
export const MODEL_VERSION = 'hri-1.0.0';

/** Thresholds on the Human Risk Index: a score at or above a threshold has that level. */
export interface LevelThresholds {
  medium: number;
  high: number;
  critical: number;
}

/**
 * Every tunable constant of the Human Risk Index. docs/risk-model.md gives the reason for each
 * default; the defaults are meant to work untuned.
 */
export interface ModelParams {
  /** Elastic's rank weighting: the i-th largest input counts 1 / i^s. */
  rankExponent: number;
  /** Raw behaviour points at which the behaviour component reaches 63 (1 − 1/e of 100). */
  behaviourScale: number;
  /** Raw threat points at which the threat component reaches 63. */
  threatScale: number;
  /** Raw access points at which the access component reaches 63. */
  accessScale: number;
  /** Protective points at which protection reaches 63 % of its maximum. */
  protectiveScale: number;
  /** The most that protective behaviour can take off the behaviour points (0.5 = half). */
  protectiveMaxReduction: number;
  /** Behaviour points everyone starts with: no evidence is not evidence of safety. */
  behaviourPrior: number;
  /** Exposure of someone with no threat signal, as a share of the most attacked (0–1). */
  threatFloor: number;
  /** Impact modifier at access 0 and at access 100 (Elastic's criticality range 0.5–2). */
  impactModifierMin: number;
  impactModifierMax: number;
  /** How much an owned agent's risk counts toward its owner (0–1). */
  agentRollUpWeight: number;
  /** Multiplier on an event's weight by its severity; an event without severity counts as medium. */
  severityMultiplier: Readonly<Record<Severity, number>>;
  levels: Readonly<LevelThresholds>;
}

export const defaultParams: Readonly<ModelParams> = Object.freeze({
  rankExponent: 1.5,
  behaviourScale: 30,
  threatScale: 60,
  accessScale: 20,
  protectiveScale: 12,
  protectiveMaxReduction: 0.5,
  behaviourPrior: 4,
  threatFloor: 0.1,
  impactModifierMin: 0.5,
  impactModifierMax: 2,
  agentRollUpWeight: 0.5,
  severityMultiplier: Object.freeze({ low: 0.5, medium: 1, high: 1.5, critical: 2 }),
  levels: Object.freeze({ medium: 30, high: 50, critical: 70 }),
});
