import { combine, type RiskComponents } from './combine.js';
import {
  checkEvents,
  eventError,
  eventProblems,
  eventScale,
  isValid,
  type ScoringEvent,
} from './event.js';
import { levelOf, type Level } from './levels.js';
import type { Model } from './model.js';
import { readRolePoints } from './read.js';
import { accumulate, newState, type IdentityState } from './state.js';

/** One identity's Human Risk Index at a time, with its parts. */
export interface RiskScore extends RiskComponents {
  level: Level;
  at: number;
  modelVersion: string;
}

/**
 * Adds one event to an identity's state: the incremental path. Throws UNKNOWN_BEHAVIOUR, naming
 * the field, before changing anything.
 */
export function addEvent(model: Model, state: IdentityState, event: ScoringEvent): void {
  const b = model.indexOf.get(event.type);
  if (b === undefined || !isValid(model, event)) throw eventError(eventProblems(model, event, ''));
  accumulate(model, state, b, eventScale(model, b, event), event.time);
}

/** The score a state gives at time `at`, with the identity's directory access points. */
export function scoreState(
  model: Model,
  state: IdentityState,
  at: number,
  accessPoints = 0,
): RiskScore {
  const components = combine(readRolePoints(model, state, at), accessPoints, model.params);
  return finish(model, components, at);
}

export function finish(model: Model, c: RiskComponents, at: number): RiskScore {
  const level = levelOf(c.risk, model.params.levels);
  // Spelled out rather than spread: this runs once per event on the incremental path.
  return {
    risk: c.risk,
    likelihood: c.likelihood,
    behavior: c.behavior,
    threat: c.threat,
    access: c.access,
    protection: c.protection,
    level,
    at,
    modelVersion: model.version,
  };
}

/**
 * As-of scoring: the score from the events up to and including `at`, ignoring later ones. The
 * same accumulate-then-read path as the incremental update, so both agree.
 */
export function scoreEvents(
  model: Model,
  events: readonly ScoringEvent[],
  at: number,
  accessPoints = 0,
): RiskScore {
  return scoreState(model, stateFromEvents(model, events, at), at, accessPoints);
}

/** Folds the events up to `at` into a fresh state; checks the whole batch first. */
export function stateFromEvents(
  model: Model,
  events: readonly ScoringEvent[],
  at: number,
): IdentityState {
  checkEvents(model, events);
  const state = newState(model, at);
  for (const event of events) if (event.time <= at) addEvent(model, state, event);
  return state;
}
