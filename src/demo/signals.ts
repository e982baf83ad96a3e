import type { DemoFormat, JsonRecord } from './formats/common.js';
import type { DemoOrganisation } from './org/model.js';
import type { DemoOptionsInput } from './options.js';
import { simulate } from './world/simulate.js';

/** One record exactly as its vendor sends it, with the ingest format that reads it. */
export interface DemoSignal {
  format: DemoFormat;
  record: JsonRecord;
}

/**
 * The organisation's signals over the period, in time order, as a lazy stream: each record is
 * built when it is asked for, so memory does not grow with the number of records. Deterministic
 * for the options (the same as the organisation's unless given).
 */
export function* generateSignals(
  org: DemoOrganisation,
  options: DemoOptionsInput = org.options,
): Generator<DemoSignal> {
  for (const signal of simulate(org, options))
    yield { format: signal.format, record: signal.record };
}
