import {
  addEvent,
  newState,
  scoreState,
  stateFromJSON,
  stateText,
  type IdentityState,
  type Model,
  type RiskScore,
  type StoredState,
} from '../risk/index.js';
import {
  addMarked,
  burstsFromJSON,
  burstsToJSON,
  type BurstEntry,
  type StoredBursts,
} from './burst.js';
import { asScoringEvent, type ScoringRow } from './scoring-event.js';

/** One identity's running state: the engine's accumulators and the MFA pushes awaiting a burst. */
export interface IdentityRecord {
  state: IdentityState;
  bursts: BurstEntry[];
}

export interface StoredRecord {
  state: StoredState;
  bursts: StoredBursts | null;
}

export function recordFromStored(model: Model, stored: StoredRecord): IdentityRecord {
  return { state: stateFromJSON(model, stored.state), bursts: burstsFromJSON(stored.bursts) };
}

/** A record as the columns of `risk_states` hold it: JSON text of its stored form. */
export interface RecordText {
  state: string;
  bursts: string | null;
}

export function recordToText(model: Model, record: IdentityRecord): RecordText {
  const bursts = burstsToJSON(record.bursts);
  return {
    state: stateText(model, record.state),
    bursts: bursts === null ? null : JSON.stringify(bursts),
  };
}

/**
 * The one path every kind of scoring takes: events, in sequence order, folded into per-identity
 * states. Incremental scoring starts from the stored states of the identities it meets, full
 * recompute from none, as-of scoring from none with later events left out; all three then read
 * each state with `scoreState`. Constant work per event.
 */
export class TenantScorer {
  readonly touched = new Set<string>();
  /** Events of a type the tenant's catalogue no longer has: kept in the store, not scored. */
  unknownTypes = 0;
  events = 0;

  constructor(
    readonly model: Model,
    readonly records: Map<string, IdentityRecord> = new Map(),
  ) {}

  apply(row: ScoringRow): void {
    this.events++;
    if (!this.model.indexOf.has(row.type)) {
      this.unknownTypes++;
      return;
    }
    const record = this.recordOf(row.identityId, row.time);
    this.touched.add(row.identityId);
    if (row.burst !== 1) {
      addEvent(this.model, record.state, asScoringEvent(row));
      return;
    }
    const marked = { time: row.time, type: row.type, severity: row.severity };
    for (const confirmed of addMarked(record.bursts, marked))
      addEvent(this.model, record.state, confirmed);
  }

  /** A state's reference time is its first event's, so every path builds bit-identical states. */
  recordOf(identityId: string, firstTime: number): IdentityRecord {
    let record = this.records.get(identityId);
    if (record === undefined) {
      record = { state: newState(this.model, firstTime), bursts: [] };
      this.records.set(identityId, record);
    }
    return record;
  }

  private empty: IdentityState | undefined;

  score(identityId: string, at: number, accessPoints: number): RiskScore {
    const state = this.records.get(identityId)?.state ?? (this.empty ??= newState(this.model, at));
    return scoreState(this.model, state, at, accessPoints);
  }
}
