import type { DemoFormat, JsonRecord } from '../formats/common.js';
import { tapEnvelope, type TapArrays } from '../formats/proofpoint.js';
import type { Rng } from '../random.js';

/** What a record stands for, per identity it names: the ground truth of the simulation. */
export interface Trace {
  email: string;
  /** The catalogue behaviour the record is evidence of, or `none` for benign activity. */
  behaviour: string;
  /** Made by a scanner or prefetcher, not by the person (a good normaliser marks it so). */
  automated?: boolean;
}

/** A vendor record with its instant and what it means. */
export interface TracedSignal {
  format: DemoFormat;
  record: JsonRecord;
  time: number;
  truth: Trace[];
}

/** Builds a record when it is released; its random details (ids, scores) come from `rng`. */
export type Build = (rng: Rng) => JsonRecord;

interface Pending {
  format: DemoFormat;
  time: number;
  build: Build;
  truth: Trace[];
}

type TapArray = keyof TapArrays;

interface TapItem {
  time: number;
  array: TapArray;
  build: Build;
  truth: Trace;
}

const HOUR_MS = 3_600_000;

/**
 * Collects what the simulation decided and releases it as records in time order, one day at a
 * time. Records are built only when released, so a day's decisions cost little memory. Records
 * dated after the day being drained wait for their day; Proofpoint items are packed into one SIEM
 * API response per hour, as a poller walking forward in one-hour intervals receives them.
 */
export class Output {
  private pending: Pending[] = [];
  private tap: TapItem[] = [];

  constructor(private readonly rng: Rng) {}

  emit(format: DemoFormat, time: number, build: Build, truth: Trace | Trace[]): void {
    this.pending.push({ format, time, build, truth: Array.isArray(truth) ? truth : [truth] });
  }

  tapItem(array: TapArray, time: number, build: Build, truth: Trace): void {
    this.tap.push({ time, array, build, truth });
  }

  /**
   * Builds and yields everything dated before `until`, in time order; the rest waits. Anything
   * dated before `from` (the start of the period) is dropped: it happened before the period.
   */
  *drain(from: number, until: number): Generator<TracedSignal> {
    const due = this.pending.filter((r) => r.time < until && r.time >= from);
    this.pending = this.pending.filter((r) => r.time >= until);
    const dueTap = this.tap.filter((t) => t.time < until && t.time >= from);
    this.tap = this.tap.filter((t) => t.time >= until);
    due.push(...envelopes(dueTap));
    due.sort((a, b) => a.time - b.time);
    for (const item of due)
      yield {
        format: item.format,
        record: item.build(this.rng),
        time: item.time,
        truth: item.truth,
      };
  }
}

function envelopes(items: readonly TapItem[]): Pending[] {
  const byHour = new Map<number, TapItem[]>();
  for (const item of items) {
    const hour = Math.floor(item.time / HOUR_MS);
    const list = byHour.get(hour) ?? [];
    list.push(item);
    byHour.set(hour, list);
  }
  const out: Pending[] = [];
  for (const [hour, list] of byHour) {
    list.sort((a, b) => a.time - b.time);
    const end = (hour + 1) * HOUR_MS;
    out.push({
      format: 'proofpoint-tap',
      time: end - 1,
      build: (rng) => {
        const arrays: TapArrays = {
          clicksPermitted: [],
          clicksBlocked: [],
          messagesDelivered: [],
          messagesBlocked: [],
        };
        for (const item of list) arrays[item.array].push(item.build(rng));
        return tapEnvelope(end, arrays);
      },
      truth: list.map((item) => item.truth),
    });
  }
  return out;
}
