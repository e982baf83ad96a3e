import { severities, type Severity } from '../catalog/behaviour.js';
import type { ScoringEvent } from '../risk/index.js';

/** An event as scoring reads it from the store: only what the engine and burst detection need. */
export interface ScoringRow extends ScoringEvent {
  seq: number;
  identityId: string;
  severity: Severity | null;
  /** `details.requiresBurst`: counts only inside a burst of MFA pushes (burst.ts). */
  requiresBurst: boolean;
}

/** The only detail the engine reads, shared so that the hot path allocates nothing for it. */
const AUTOMATED: Readonly<Record<string, unknown>> = Object.freeze({ automated: true });

const known = new Set<string>(severities);

export interface ScoringEventRow extends Record<string, unknown> {
  seq: number;
  identity_id: string;
  time: number;
  type: string;
  severity: string | null;
  automated: number;
  burst: number;
  event_id?: string;
}

export function toScoringRow(row: ScoringEventRow): ScoringRow {
  const severity =
    row.severity !== null && known.has(row.severity) ? (row.severity as Severity) : null;
  const out: ScoringRow = {
    seq: Number(row.seq),
    identityId: row.identity_id,
    time: Number(row.time),
    type: row.type,
    severity,
    requiresBurst: Number(row.burst) === 1,
  };
  if (Number(row.automated) === 1) out.details = AUTOMATED;
  if (row.event_id !== undefined) out.eventId = row.event_id;
  return out;
}
