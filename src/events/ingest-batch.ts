import type { SqlValue } from '../storage/db.js';
import type { NewDeadLetter } from './dead-letter.repository.js';
import { insertDeadLetters } from './dead-letter.repository.js';
import { completeRow, insertEvents, SUBJECT_LC } from './event.repository.js';
import type { InputFormat, RawRecord } from './formats/format.js';
import type { IngestDeps, IngestOptions, IngestResult } from './ingest.service.js';
import type { PreparedChunk } from './prepare-chunk.js';
import { IGNORED, REJECTED } from './prepare-chunk.js';
import { SubjectResolver } from './subject-resolver.js';

/** Most rejections reported back with their reasons; all are counted and kept as dead letters. */
export const MAX_REPORTED = 100;

/** Records sent to be prepared, and the promise of what became of them. */
export interface PendingChunk {
  raws: RawRecord[];
  chunk: Promise<PreparedChunk>;
}

/**
 * Takes prepared chunks in order, counts what became of each record, and writes the events and
 * dead letters in batches of about `batchSize` (one transaction each).
 */
export class BatchWriter {
  private rows: SqlValue[][] = [];
  private letters: NewDeadLetter[] = [];
  private readonly resolver: SubjectResolver;
  private readonly batchSize: number;

  constructor(
    private readonly deps: IngestDeps,
    private readonly tenant: { id: string; no: number },
    private readonly format: InputFormat,
    private readonly counts: IngestResult,
    private readonly options: IngestOptions,
  ) {
    this.resolver = new SubjectResolver(deps.db, tenant.id);
    this.batchSize = options.batchSize ?? 20_000;
  }

  async take({ raws, chunk }: PendingChunk): Promise<void> {
    const prepared = await chunk;
    let row = 0;
    for (const [i, raw] of raws.entries()) {
      row = this.account(prepared, i, raw, row);
      if (this.rows.length + this.letters.length >= this.batchSize) await this.write();
    }
  }

  /** Writes what is left; the last progress report comes even when nothing was. */
  async flush(): Promise<void> {
    if (!(await this.write())) this.options.onBatch?.(this.counts);
  }

  /** Counts record `i` and queues its events (from `row` on) and dead letters; returns the next row. */
  private account(prepared: PreparedChunk, i: number, raw: RawRecord, row: number): number {
    this.counts.records++;
    const outcome = prepared.outcomes[i] ?? REJECTED;
    const reasons = prepared.reasons[i] ?? [];
    if (outcome === IGNORED) {
      this.counts.ignored++;
      return row;
    }
    if (outcome === REJECTED) {
      this.reject(raw, reasons[0] ?? 'the record could not be prepared');
      return row;
    }
    for (let k = 0; k < outcome; k++) {
      const values = prepared.rows[row + k];
      if (values) this.rows.push(values);
    }
    this.counts.events += outcome;
    for (const reason of reasons) this.reject(raw, `part of the record was refused: ${reason}`);
    return row + outcome;
  }

  /** Counts a refusal and keeps the raw record with the reason in the dead-letter store. */
  private reject(raw: RawRecord, reason: string): void {
    this.counts.rejected++;
    if (this.counts.rejections.length < MAX_REPORTED)
      this.counts.rejections.push({ origin: raw.origin, line: raw.line, reason });
    this.letters.push({
      format: this.format.name,
      origin: raw.origin,
      line: raw.line,
      reason,
      raw: raw.text,
    });
  }

  /** Writes the batch, if any, and reports progress; says whether there was one. */
  private async write(): Promise<boolean> {
    const { rows, letters } = this;
    if (rows.length === 0 && letters.length === 0) return false;
    this.rows = [];
    this.letters = [];
    const now = this.deps.clock.now();
    await this.resolver.resolve(rows.map((r) => r[SUBJECT_LC] as string));
    for (const r of rows)
      completeRow(r, this.tenant.no, this.resolver.idOf(r[SUBJECT_LC] as string), now);
    const stored = await this.deps.db.transaction(async (tx) => {
      const inserted = rows.length > 0 ? await insertEvents(tx, rows) : 0;
      await insertDeadLetters(tx, this.tenant.id, letters, now);
      return inserted;
    });
    this.counts.stored += stored;
    this.counts.duplicate += rows.length - stored;
    this.options.onBatch?.(this.counts);
    return true;
  }
}
