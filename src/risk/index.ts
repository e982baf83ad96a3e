// The risk engine's public surface: pure functions over plain data, no I/O.
export { MODEL_VERSION, defaultParams, type ModelParams, type LevelThresholds } from './params.js';
export { createModel, defaultModel, DAY_MS, type Model, type ModelOptions } from './model.js';
export { checkEvents, eventPoints, type ScoringEvent } from './event.js';
export {
  newState,
  stateToJSON,
  stateText,
  stateFromJSON,
  type IdentityState,
  type StoredState,
} from './state.js';
export { addEvent, scoreState, scoreEvents, stateFromEvents, type RiskScore } from './score.js';
export type { RiskComponents } from './combine.js';
export {
  toEventColumns,
  emptyEventColumns,
  recomputeAll,
  type EventColumns,
  type ScoreColumns,
} from './recompute.js';
export { levels, levelOf, percentileRanks, type Level } from './levels.js';
export {
  accessProfile,
  criticalities,
  type AccessInput,
  type AccessProfile,
  type AccessItem,
  type Criticality,
} from './access.js';
export { rollUpAgents } from './rollup.js';
export {
  finishPopulation,
  type Member,
  type IdentityKind,
  type ScoredIdentity,
} from './population.js';
export { scoreTenant } from './tenant.js';
export { snapshots, dayEnds, type Snapshot, type SnapshotMember } from './snapshots.js';
export {
  explain,
  type Explanation,
  type ExplainOptions,
  type Factor,
  type FactorName,
} from './explain.js';
export type { ExplainedBehaviour, ExplainedEvent } from './explain.events.js';
export {
  aggregate,
  dimensions,
  DEFAULT_MIN_GROUP_SIZE,
  type Aggregation,
  type AggregateOptions,
  type Dimension,
  type GroupMember,
  type GroupStats,
} from './groups.js';
export {
  persistentTopDecile,
  cohortAttributes,
  scoreNames,
  type CohortRule,
  type CohortDefinition,
  type CohortAttribute,
  type ScoreName,
} from './cohort-rule.js';
export { parseCohortRule, parseCohortDefinition, type KnownBehaviours } from './cohort-parse.js';
export { evaluateRule, evaluateCohort, eventCounter, type CohortSubject } from './cohort-eval.js';
export {
  membershipChanges,
  applyChanges,
  membersAt,
  type MembershipChange,
  type MembershipInterval,
} from './cohort-history.js';
export {
  backtest,
  type BacktestInput,
  type BacktestReference,
  type BacktestIdentity,
  type BacktestReport,
  type RankingReport,
  type TaggedEvent,
} from './backtest.js';
export { auc, topShare, calibration, type CalibrationRow } from './backtest-metrics.js';
export { baselineNames, type BaselineName } from './backtest-baselines.js';
