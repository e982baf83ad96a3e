import type { ScoringEvent } from '../risk/index.js';
import { addMarked, type BurstEntry } from './burst.js';
import { asScoringEvent, type ScoringRow } from './scoring-event.js';

export type TaggedScoringEvent = ScoringEvent & { identityId: string };

/**
 * The events that score, from stored rows in sequence order: unmarked events as they are, and
 * MFA pushes (or approvals) only once a burst confirms them — the same detector, in the same order,
 * as the incremental path, so an explanation or a backtest sees what the score saw.
 */
export function confirmBursts(rows: readonly ScoringRow[]): TaggedScoringEvent[] {
  const buffers = new Map<string, BurstEntry[]>();
  const out: TaggedScoringEvent[] = [];
  for (const row of rows) {
    if (row.burst !== 1) {
      out.push({ ...asScoringEvent(row), identityId: row.identityId });
      continue;
    }
    let buffer = buffers.get(row.identityId);
    if (buffer === undefined) buffers.set(row.identityId, (buffer = []));
    const marked = { time: row.time, type: row.type, severity: row.severity };
    const event = row.eventId === undefined ? marked : { ...marked, eventId: row.eventId };
    for (const confirmed of addMarked(buffer, event))
      out.push({ ...confirmed, identityId: row.identityId });
  }
  return out;
}
