import type { EventDraft } from '../event.js';

/** One record read from a file, a request body or a listener, before it is understood. */
export interface RawRecord {
  /** The record's text, exactly as received (a JSON document, a syslog line, …). */
  text: string;
  /** 1-based line number or array index in its file or body, for error messages. */
  line: number;
  /** Where it came from: a file path, `stdin`, `http`, a connector name. */
  origin: string;
  /** The parsed JSON value, when the reader already parsed it (JSON array input). */
  value?: unknown;
}

/**
 * What a normaliser made of one record:
 * - `events`: zero or more events (a vendor response may hold many), and in `problems` the reasons
 *   why some elements of the record were refused while the others were kept;
 * - `ignored`: the record is understood and deliberately not a behaviour (the reason says why);
 * - `rejected`: the record is malformed; the reason names the field and the problem.
 */
export type Normalised =
  | { kind: 'events'; events: EventDraft[]; problems?: string[] }
  | { kind: 'ignored'; reason: string }
  | { kind: 'rejected'; reason: string };

/**
 * An input format. Normalisers are pure: no I/O, no clock, no database. Anything they need about
 * the directory is resolved later by the ingest pipeline from the event's `subject`.
 */
export interface InputFormat {
  /** The name used by `bulwark ingest --format` and `POST /api/v1/ingest/{format}`. */
  readonly name: string;
  /** Whether records are JSON documents (parsed before `normalise`) or text lines. */
  readonly encoding: 'json' | 'text';
  normalise(record: unknown, raw: RawRecord): Normalised;
}
