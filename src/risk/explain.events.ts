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

/**
 * Splits each factor's points over its behaviours (by their share after caps and rank weighting)
 * and each behaviour's points over its events (by each event's decayed share of the behaviour's
 * sum, which leaves the stacking cap spread evenly over the events it trims).
 */
export function explainBehaviours(
  model: Model,
  state: IdentityState,
  events: readonly ScoringEvent[],
  at: number,
  shares: Float64Array,
  factorPoints: readonly number[],
): { behaviours: ExplainedBehaviour[]; events: ExplainedEvent[] } {
  const points = model.behaviours.map(
    (_, b) => (factorPoints[model.role[b] ?? 0] ?? 0) * (shares[b] ?? 0),
  );
  const counts = new Array<number>(model.behaviours.length).fill(0);
  const explained: ExplainedEvent[] = [];
  for (const event of events) {
    if (event.time > at) continue;
    const b = model.indexOf.get(event.type) ?? 0;
    counts[b] = (counts[b] ?? 0) + 1;
    explained.push(explainEvent(model, state, event, b, at, points[b] ?? 0));
  }
  const behaviours = model.behaviours
    .map((behaviour, b) => ({
      type: behaviour.type,
      title: behaviour.title,
      factor: roleNames[model.role[b] ?? 0] ?? 'behavior',
      events: counts[b] ?? 0,
      points: points[b] ?? 0,
    }))
    .filter((b) => b.events > 0)
    .sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
  return { behaviours, events: explained };
}

function explainEvent(
  model: Model,
  state: IdentityState,
  event: ScoringEvent,
  b: number,
  at: number,
  behaviourPoints: number,
): ExplainedEvent {
  const behaviour = model.behaviours[b];
  const base = {
    eventId: event.eventId ?? null,
    time: event.time,
    type: event.type,
    title: behaviour?.title ?? event.type,
  };
  const scale = eventScale(model, b, event);
  if (scale === 0) return { ...base, points: 0, note: 'flagged as a mail scanner, not a person' };
  const lambda = model.lambda[b] ?? 0;
  const decayed = scale * Math.exp(-(at - event.time) * lambda);
  const sum = (state.sum[b] ?? 0) * Math.exp(-(at - state.ref) * lambda);
  return { ...base, points: sum > 0 ? (behaviourPoints * decayed) / sum : 0 };
}
