import { eventScale, type ScoringEvent } from './event.js';
import type { Model } from './model.js';
import type { IdentityState } from './state.js';

const roleNames = ['behavior', 'threat', 'access', 'protection'] as const;

export interface ExplainedBehaviour {
  type: string;
  title: string;
  factor: (typeof roleNames)[number];
  /** Events of this behaviour up to the scoring time, including those that score nothing. */
  events: number;
  points: number;
}

export interface ExplainedEvent {
  eventId: string | null;
  time: number;
  type: string;
  title: string;
  points: number;
  /** Why an event scores nothing, when it does not. */
  note?: string;
}

const SCANNER_NOTE = 'flagged as a mail scanner, not a person';

/**
 * Splits each factor's points over its behaviours (by their share after caps and rank weighting)
 * and each behaviour's points over its events (by each event's decayed share of the behaviour's
 * sum, which spreads the stacking cap evenly over the events it trims). Returns every behaviour
 * and the `top` events with the most points by absolute value; scanner clicks, which score
 * nothing, come after the scoring events but are still listed when there is room.
 */
export function explainBehaviours(
  model: Model,
  state: IdentityState,
  events: readonly ScoringEvent[],
  at: number,
  shares: Float64Array,
  factorPoints: readonly number[],
  top: number,
): { behaviours: ExplainedBehaviour[]; events: ExplainedEvent[] } {
  const n = model.behaviours.length;
  const behaviourPoints = new Float64Array(n);
  const decayedSum = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    behaviourPoints[b] = (factorPoints[model.role[b] ?? 0] ?? 0) * (shares[b] ?? 0);
    decayedSum[b] = (state.sum[b] ?? 0) * Math.exp(-(at - state.ref) * (model.lambda[b] ?? 0));
  }
  const counts = new Array<number>(n).fill(0);
  const points = new Float64Array(events.length);
  const scanner = new Uint8Array(events.length);
  events.forEach((event, i) => {
    if (event.time > at) return;
    const b = model.indexOf.get(event.type) ?? 0;
    counts[b] = (counts[b] ?? 0) + 1;
    const scale = eventScale(model, b, event);
    if (scale === 0) scanner[i] = 1;
    const decayed = scale * Math.exp(-(at - event.time) * (model.lambda[b] ?? 0));
    const sum = decayedSum[b] ?? 0;
    points[i] = sum > 0 ? ((behaviourPoints[b] ?? 0) * decayed) / sum : 0;
  });
  return {
    behaviours: listBehaviours(model, counts, behaviourPoints),
    events: topEvents(model, events, at, points, scanner, top),
  };
}

function listBehaviours(
  model: Model,
  counts: readonly number[],
  points: Float64Array,
): ExplainedBehaviour[] {
  return model.behaviours
    .map((behaviour, b) => ({
      type: behaviour.type,
      title: behaviour.title,
      factor: roleNames[model.role[b] ?? 0] ?? 'behavior',
      events: counts[b] ?? 0,
      points: points[b] ?? 0,
    }))
    .filter((b) => b.events > 0)
    .sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
}

function topEvents(
  model: Model,
  events: readonly ScoringEvent[],
  at: number,
  points: Float64Array,
  scanner: Uint8Array,
  top: number,
): ExplainedEvent[] {
  const order: number[] = [];
  events.forEach((e, i) => {
    if (e.time <= at) order.push(i);
  });
  // Scoring events by |points|, then scanner clicks, then newest first.
  const rank = (i: number): number => (scanner[i] === 1 ? -1 : Math.abs(points[i] ?? 0));
  order.sort((a, b) => rank(b) - rank(a) || (events[b]?.time ?? 0) - (events[a]?.time ?? 0));
  return order.slice(0, top).map((i) => {
    const event = events[i] as ScoringEvent;
    const b = model.indexOf.get(event.type) ?? 0;
    const explained: ExplainedEvent = {
      eventId: event.eventId ?? null,
      time: event.time,
      type: event.type,
      title: model.behaviours[b]?.title ?? event.type,
      points: points[i] ?? 0,
    };
    if (scanner[i] === 1) explained.note = SCANNER_NOTE;
    return explained;
  });
}
