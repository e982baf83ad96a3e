import type { ScoringEvent } from './event.js';
import { checkEvents } from './event.js';
import type { Model } from './model.js';
import { finishPopulation, type Member, type ScoredIdentity } from './population.js';
import { addEvent, scoreState } from './score.js';
import { newState, type IdentityState } from './state.js';

export interface SnapshotMember extends Member {
  /** Directory access points (`accessProfile(...).points`). */
  accessPoints: number;
}

export interface Snapshot {
  at: number;
  scores: ScoredIdentity[];
}

/**
 * Scores at each instant of `times` (for daily history: the end of each day), by walking the
 * events in time order through the incremental path and reading every identity at each instant.
 * Work: O(events + instants × identities). Events of identities not in `members` are ignored.
 */
export function snapshots(
  model: Model,
  members: readonly SnapshotMember[],
  events: readonly (ScoringEvent & { identityId: string })[],
  times: readonly number[],
): Snapshot[] {
  checkEvents(model, events);
  const sorted = [...events].sort((a, b) => a.time - b.time);
  const instants = [...times].sort((a, b) => a - b);
  const states = new Map<string, IdentityState>();
  for (const m of members) states.set(m.id, newState(model, instants[0] ?? 0));
  const out: Snapshot[] = [];
  let next = 0;
  for (const at of instants) {
    for (; next < sorted.length && (sorted[next]?.time ?? Infinity) <= at; next++) {
      const event = sorted[next];
      const state = event === undefined ? undefined : states.get(event.identityId);
      if (event !== undefined && state !== undefined) addEvent(model, state, event);
    }
    const own = members.map((m) =>
      scoreState(model, states.get(m.id) ?? newState(model, at), at, m.accessPoints),
    );
    out.push({ at, scores: finishPopulation(model, members, own, at) });
  }
  return out;
}

/** The end instants (exclusive midnight, UTC) of each day from `firstDay` to `lastDay` inclusive. */
export function dayEnds(firstDay: string, lastDay: string): number[] {
  const DAY = 86_400_000;
  const from = Date.parse(`${firstDay}T00:00:00Z`);
  const to = Date.parse(`${lastDay}T00:00:00Z`);
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new RangeError('days must be YYYY-MM-DD');
  const out: number[] = [];
  for (let day = from; day <= to; day += DAY) out.push(day + DAY - 1);
  return out;
}
