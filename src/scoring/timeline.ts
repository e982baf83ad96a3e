import type { Severity } from '../catalog/behaviour.js';
import type { ScoringRow } from './scoring-event.js';

const INITIAL_CAPACITY = 4096;

/**
 * A tenant's scoring events held in columns (about 30 bytes an event instead of an object each),
 * put in time order for as-of scoring: history is "the events up to the end of each day", so one
 * walk through the events in time order gives every day's state in turn. Events added in sequence
 * order keep that order among themselves when their times are equal.
 */
export class Timeline {
  private size = 0;
  private seq = new Float64Array(INITIAL_CAPACITY);
  private time = new Float64Array(INITIAL_CAPACITY);
  private identity = new Uint32Array(INITIAL_CAPACITY);
  private type = new Uint16Array(INITIAL_CAPACITY);
  private severity = new Uint8Array(INITIAL_CAPACITY);
  private flags = new Uint8Array(INITIAL_CAPACITY);
  private order: Uint32Array | undefined;
  private readonly identities = new Interned<string>();
  private readonly types = new Interned<string>();
  private readonly severities = new Interned<Severity | null>();

  get length(): number {
    return this.size;
  }

  /** Adds one event; rows must come in sequence order. */
  add(row: ScoringRow): void {
    if (this.size === this.time.length) this.grow();
    const i = this.size++;
    this.seq[i] = row.seq;
    this.time[i] = row.time;
    this.identity[i] = this.identities.index(row.identityId);
    this.type[i] = this.types.index(row.type);
    this.severity[i] = this.severities.index(row.severity);
    this.flags[i] = (row.automated === 1 ? 1 : 0) | (row.burst === 1 ? 2 : 0);
    this.order = undefined;
  }

  /** The time of the `n`-th event in time order. */
  timeAt(n: number): number {
    return this.time[this.sorted()[n] ?? 0] ?? Infinity;
  }

  /** The `n`-th event in time order, as scoring reads a stored row. */
  rowAt(n: number): ScoringRow {
    const i = this.sorted()[n] ?? 0;
    const flags = this.flags[i] ?? 0;
    return {
      seq: this.seq[i] ?? 0,
      identityId: this.identities.value(this.identity[i] ?? 0),
      time: this.time[i] ?? 0,
      type: this.types.value(this.type[i] ?? 0),
      severity: this.severities.value(this.severity[i] ?? 0),
      automated: flags & 1,
      burst: (flags >> 1) & 1,
    };
  }

  /** Positions in time order; equal times keep the order they were added in (sequence order). */
  private sorted(): Uint32Array {
    if (this.order) return this.order;
    const order = new Uint32Array(this.size);
    for (let i = 0; i < this.size; i++) order[i] = i;
    const time = this.time;
    order.sort((a, b) => (time[a] ?? 0) - (time[b] ?? 0) || a - b);
    return (this.order = order);
  }

  private grow(): void {
    const double = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(a: T): T => {
      const next = new (a.constructor as new (n: number) => T)(a.length * 2);
      next.set(a);
      return next;
    };
    this.seq = double(this.seq);
    this.time = double(this.time);
    this.identity = double(this.identity);
    this.type = double(this.type);
    this.severity = double(this.severity);
    this.flags = double(this.flags);
  }
}

/** Values stored once, referred to by a small number. */
class Interned<T> {
  private readonly values: T[] = [];
  private readonly indexes = new Map<T, number>();

  index(value: T): number {
    let i = this.indexes.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.indexes.set(value, i);
    }
    return i;
  }

  value(i: number): T {
    return this.values[i] as T;
  }
}
