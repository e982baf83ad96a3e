import type { Severity } from '../catalog/behaviour.js';
import type { ScoringEvent } from '../risk/index.js';

/**
 * An event as scoring reads it from the store, straight from the query (column aliases match
 * these names, so no object is built per row on the hot path). `automated` and `burst` are the
 * two details scoring needs, tested in SQL: 1 or 0.
 */
export interface ScoringRow extends Record<string, unknown> {
  seq: number;
  identityId: string;
  time: number;
  type: string;
  severity: Severity | null;
  /** `details.automated`: a mail scanner's click, which scores nothing. */
  automated: number;
  /** `details.requiresBurst`: counts only inside a burst of MFA pushes (burst.ts). */
  burst: number;
  eventId?: string;
}

/** The only detail the engine reads, shared so that flagged events allocate nothing for it. */
const AUTOMATED: Readonly<Record<string, unknown>> = Object.freeze({ automated: true });

/** The row as the engine's event: itself, or with the scanner flag as a detail. */
export function asScoringEvent(row: ScoringRow): ScoringEvent {
  if (row.automated !== 1) return row;
  const event: ScoringEvent = {
    time: row.time,
    type: row.type,
    severity: row.severity,
    details: AUTOMATED,
  };
  if (row.eventId !== undefined) event.eventId = row.eventId;
  return event;
}
