import type { FieldProblem } from '../../shared/errors.js';
import type { EventDraft } from '../event.js';
import type { Normalised } from './format.js';
import { describeProblems } from './problems.js';

/**
 * What one element of a vendor envelope (one TAP click, one Graph alert, one Okta log event)
 * came to. Envelopes combine these with `combine`.
 */
export type ItemResult =
  | { kind: 'events'; events: EventDraft[] }
  | { kind: 'ignored'; reason: string }
  | { kind: 'problems'; problems: FieldProblem[] };

/**
 * `Normalised` can say "events" or "rejected" but not both, so an envelope with good and bad
 * elements returns its events plus the bad elements' problems in `problems`. The ingest pipeline
 * reads them with `problemsOf` and dead-letters them; a reader that only knows `Normalised` still
 * gets every good event.
 */
export type EventsWithProblems = Extract<Normalised, { kind: 'events' }> & { problems: string[] };

export function eventsOf(events: EventDraft[]): ItemResult {
  return { kind: 'events', events };
}

export function ignoredItem(reason: string): ItemResult {
  return { kind: 'ignored', reason };
}

export function problemItem(path: string, message: string): ItemResult {
  return { kind: 'problems', problems: [{ path, message }] };
}

/** The problems of elements that were rejected inside an otherwise accepted envelope. */
export function problemsOf(result: Normalised): string[] {
  return result.kind === 'events' ? (result.problems ?? []) : [];
}

/** Turns one record's result (not an envelope) into `Normalised`. */
export function single(item: ItemResult): Normalised {
  return combine([item], 'record');
}

/**
 * Combines the results of an envelope's elements: good events are kept, bad elements are listed
 * (as `problems` next to the events, or as the rejection reason when nothing was good), and an
 * envelope that holds only ignored elements is ignored with their reasons counted.
 */
export function combine(items: readonly ItemResult[], noun = 'element'): Normalised {
  const events: EventDraft[] = [];
  const problems: FieldProblem[] = [];
  const ignored = new Map<string, number>();
  for (const item of items) {
    if (item.kind === 'events') events.push(...item.events);
    else if (item.kind === 'problems') problems.push(...item.problems);
    else ignored.set(item.reason, (ignored.get(item.reason) ?? 0) + 1);
  }
  if (events.length > 0) {
    if (problems.length === 0) return { kind: 'events', events };
    const partial: EventsWithProblems = {
      kind: 'events',
      events,
      problems: problems.map((p) => `${p.path}: ${p.message}`),
    };
    return partial;
  }
  if (problems.length > 0) return { kind: 'rejected', reason: describeProblems(problems) };
  if (ignored.size === 0) return { kind: 'ignored', reason: `no ${noun}s to read` };
  return { kind: 'ignored', reason: summarise(ignored, items.length) };
}

function summarise(ignored: ReadonlyMap<string, number>, total: number): string {
  if (total === 1) return [...ignored.keys()][0] ?? '';
  return [...ignored.entries()]
    .map(([reason, n]) => (n > 1 ? `${reason} (×${n})` : reason))
    .join('; ');
}
