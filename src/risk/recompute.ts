import { combine } from './combine.js';
import { checkEvents, eventScale, type ScoringEvent } from './event.js';
import type { Model } from './model.js';
import { readRolePoints } from './read.js';
import { accumulate, newState, resetState } from './state.js';

/** Events as parallel typed arrays, for recomputing a whole tenant in one pass. */
export interface EventColumns {
  length: number;
  /** Identity number, 0 … identityCount − 1. */
  identity: Int32Array;
  behaviour: Uint16Array;
  time: Float64Array;
  /** `eventScale` of the event: severity multiplier, zero for a scanner's click. */
  scale: Float32Array;
}

/** Scores of every identity, indexed by identity number. */
export interface ScoreColumns {
  risk: Float32Array;
  likelihood: Float32Array;
  behavior: Float32Array;
  threat: Float32Array;
  access: Float32Array;
  protection: Float32Array;
}

export function emptyEventColumns(capacity: number): EventColumns {
  return {
    length: 0,
    identity: new Int32Array(capacity),
    behaviour: new Uint16Array(capacity),
    time: new Float64Array(capacity),
    scale: new Float32Array(capacity),
  };
}

/**
 * Builds columns from events tagged with their identity number. The whole batch is checked first
 * and rejected with every problem if any event has an unknown type.
 */
export function toEventColumns(
  model: Model,
  events: readonly (ScoringEvent & { identity: number })[],
): EventColumns {
  checkEvents(model, events);
  const columns = emptyEventColumns(events.length);
  for (const event of events) {
    const b = model.indexOf.get(event.type) ?? 0;
    const i = columns.length++;
    columns.identity[i] = event.identity;
    columns.behaviour[i] = b;
    columns.time[i] = event.time;
    columns.scale[i] = eventScale(model, b, event);
  }
  return columns;
}

/**
 * Full recompute as of `at`: every identity scored from its events up to `at`, through the same
 * accumulate and read functions as the incremental path. Events are grouped by identity with a
 * counting sort, so the work is linear in events plus identities.
 */
export function recomputeAll(
  model: Model,
  columns: EventColumns,
  identityCount: number,
  at: number,
  accessPoints?: ArrayLike<number>,
): ScoreColumns {
  const { start, order } = groupByIdentity(columns, identityCount);
  const out = emptyScoreColumns(identityCount);
  const state = newState(model, at);
  for (let id = 0; id < identityCount; id++) {
    resetState(state, at);
    const end = start[id + 1] ?? 0;
    for (let k = start[id] ?? 0; k < end; k++) {
      const e = order[k] ?? 0;
      const time = columns.time[e] ?? 0;
      if (time > at) continue;
      accumulate(model, state, columns.behaviour[e] ?? 0, columns.scale[e] ?? 0, time);
    }
    const points = readRolePoints(model, state, at);
    const c = combine(points, accessPoints?.[id] ?? 0, model.params);
    out.risk[id] = c.risk;
    out.likelihood[id] = c.likelihood;
    out.behavior[id] = c.behavior;
    out.threat[id] = c.threat;
    out.access[id] = c.access;
    out.protection[id] = c.protection;
  }
  return out;
}

function emptyScoreColumns(n: number): ScoreColumns {
  return {
    risk: new Float32Array(n),
    likelihood: new Float32Array(n),
    behavior: new Float32Array(n),
    threat: new Float32Array(n),
    access: new Float32Array(n),
    protection: new Float32Array(n),
  };
}

/** Counting sort of event positions by identity: events of identity i are order[start[i] … start[i+1]). */
export function groupByIdentity(
  columns: EventColumns,
  identityCount: number,
): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(identityCount + 1);
  for (let e = 0; e < columns.length; e++) {
    const id = columns.identity[e] ?? -1;
    if (id < 0 || id >= identityCount)
      throw new RangeError(`identity[${e}]: ${id} is outside 0…${identityCount - 1}`);
    start[id + 1] = (start[id + 1] ?? 0) + 1;
  }
  for (let i = 0; i < identityCount; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const next = start.slice(0, identityCount);
  const order = new Int32Array(columns.length);
  for (let e = 0; e < columns.length; e++) {
    const id = columns.identity[e] ?? 0;
    order[next[id] ?? 0] = e;
    next[id] = (next[id] ?? 0) + 1;
  }
  return { start, order };
}
