import type { SqlValue } from '../storage/db.js';
import { eventValues } from './event.repository.js';
import type { InputFormat, RawRecord } from './formats/format.js';
import { prepareRecord, type KnownTypes } from './prepare.js';

/** A record's outcome when it gave no events: understood and not a behaviour. */
export const IGNORED = -1;
/** A record's outcome when it gave no events: refused. */
export const REJECTED = -2;

/**
 * What became of a chunk of records, in a shape that crosses between threads cheaply (arrays of
 * plain values, no objects per event).
 */
export interface PreparedChunk {
  /** One row of `eventValues` per event, in record order. */
  rows: SqlValue[][];
  /** Per record: how many events it gave, or `IGNORED` or `REJECTED`. */
  outcomes: number[];
  /**
   * By record index: why it was ignored or rejected (one reason), or, for a record that gave
   * events, why some of its parts were refused.
   */
  reasons: Record<number, string[]>;
}

/**
 * Prepares records one by one (`prepareRecord`) and lays the results out as a `PreparedChunk`.
 * Pure, like `prepareRecord`: it runs in the ingesting thread or on a preparation thread.
 */
export function prepareChunk(
  format: InputFormat,
  catalog: KnownTypes,
  records: readonly RawRecord[],
  now: number,
): PreparedChunk {
  const chunk: PreparedChunk = { rows: [], outcomes: [], reasons: {} };
  records.forEach((raw, i) => {
    const prepared = prepareRecord(format, raw, catalog, now);
    switch (prepared.kind) {
      case 'events':
        for (const event of prepared.events) chunk.rows.push(eventValues(event));
        chunk.outcomes.push(prepared.events.length);
        if (prepared.problems.length > 0) chunk.reasons[i] = prepared.problems;
        return;
      case 'ignored':
        chunk.outcomes.push(IGNORED);
        chunk.reasons[i] = [prepared.reason];
        return;
      case 'rejected':
        chunk.outcomes.push(REJECTED);
        chunk.reasons[i] = [prepared.reason];
        return;
    }
  });
  return chunk;
}
