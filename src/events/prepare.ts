import { canonicalJson, contentId } from '../shared/ids.js';
import type { EventDraft, NativeEvent } from './event.js';
import type { InputFormat, RawRecord } from './formats/format.js';

/** How far ahead of the clock an event's time may be before it is refused (clock skew). */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/** The part of a catalogue that preparing records needs: which behaviour types exist. */
export interface KnownTypes {
  has(type: string): boolean;
}

/** A checked event, ready to store: its time in milliseconds and its id settled. */
export interface PreparedEvent {
  event: NativeEvent;
  timeMs: number;
}

export type Prepared =
  | { kind: 'events'; events: PreparedEvent[]; problems: string[] }
  | { kind: 'ignored'; reason: string }
  | { kind: 'rejected'; reason: string };

/**
 * Turns one raw record into events ready to store, or says why not. Pure: the same record, catalogue
 * and clock always give the same answer, which is what makes dead-letter replay meaningful.
 */
export function prepareRecord(
  format: InputFormat,
  raw: RawRecord,
  catalog: KnownTypes,
  now: number,
): Prepared {
  let value: unknown = raw.text;
  if (format.encoding === 'json') {
    if (raw.value !== undefined) value = raw.value;
    else {
      try {
        value = JSON.parse(raw.text);
      } catch (error) {
        return { kind: 'rejected', reason: `not valid JSON: ${(error as Error).message}` };
      }
    }
  }
  let normalised;
  try {
    normalised = format.normalise(value, raw);
  } catch (error) {
    return {
      kind: 'rejected',
      reason: `the ${format.name} normaliser failed: ${(error as Error).message}`,
    };
  }
  if (normalised.kind !== 'events') return normalised;
  const events: PreparedEvent[] = [];
  const problems = [...(normalised.problems ?? [])];
  const several = normalised.events.length > 1;
  for (const [i, draft] of normalised.events.entries()) {
    const problem = draftProblem(draft, catalog, now);
    if (problem && !several) return { kind: 'rejected', reason: problem };
    if (problem) problems.push(`event ${i + 1} (${draft.subject}): ${problem}`);
    else events.push({ event: withId(draft), timeMs: Date.parse(draft.time) });
  }
  if (events.length === 0 && problems.length > 0)
    return { kind: 'rejected', reason: problems.join('; ') };
  return { kind: 'events', events, problems };
}

function draftProblem(draft: EventDraft, catalog: KnownTypes, now: number): string | undefined {
  if (!catalog.has(draft.type))
    return `type: "${draft.type}" is not a behaviour of the catalogue (see "bulwark catalog")`;
  if (!draft.subject) return 'subject: is required';
  const time = Date.parse(draft.time);
  if (Number.isNaN(time)) return `time: "${draft.time}" is not a date-time`;
  if (time > now + MAX_FUTURE_MS) return `time: ${draft.time} is more than a day in the future`;
  return undefined;
}

/** Gives an event without a source id one derived from its content, so re-sending it is idempotent. */
function withId(draft: EventDraft): NativeEvent {
  if (draft.id) return draft as NativeEvent;
  const { id: _none, ...content } = draft;
  return { ...content, id: contentId(canonicalJson(content)) };
}
