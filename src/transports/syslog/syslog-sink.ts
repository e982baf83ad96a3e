import type { Catalog } from '../../catalog/catalog.js';
import type { NewDeadLetter } from '../../events/dead-letter.repository.js';
import { insertDeadLetters } from '../../events/dead-letter.repository.js';
import type { InputFormat, RawRecord } from '../../events/formats/format.js';
import { ingestRecords } from '../../events/ingest.service.js';
import type { Logger } from '../../logging/logger.js';
import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../storage/db.js';

export interface SinkDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  catalogFor: (tenantId: string) => Promise<Catalog>;
}

export interface SinkOptions {
  /** Messages per tenant that make one ingest batch (one transaction). */
  batchSize: number;
  /** Longest a message waits before its batch is written. */
  flushMs: number;
  /** Messages waiting per tenant beyond which new ones are dropped and counted (back-pressure). */
  maxQueued: number;
}

export const defaultSinkOptions: SinkOptions = { batchSize: 500, flushMs: 1000, maxQueued: 50_000 };

/** What the listener has done since it started. */
export interface SinkCounts {
  received: number;
  stored: number;
  duplicate: number;
  rejected: number;
  ignored: number;
  refusedFrames: number;
  unmapped: number;
  dropped: number;
}

interface Queue {
  records: RawRecord[];
  letters: NewDeadLetter[];
  writing: Promise<void>;
}

/**
 * Collects syslog messages per tenant and ingests them in small batches, so that a busy sender
 * costs one transaction per batch rather than per message. Frames that could not be read go to
 * the dead-letter store with their reason. A failed write is logged and counted, never thrown:
 * a listener must outlive a bad moment of the database.
 */
export class SyslogSink {
  readonly counts: SinkCounts = {
    received: 0,
    stored: 0,
    duplicate: 0,
    rejected: 0,
    ignored: 0,
    refusedFrames: 0,
    unmapped: 0,
    dropped: 0,
  };
  private readonly queues = new Map<string, Queue>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: SinkDeps,
    private readonly format: InputFormat,
    private readonly options: SinkOptions = defaultSinkOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.flushAll(), this.options.flushMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flushAll();
  }

  accept(tenantId: string, record: RawRecord): void {
    const queue = this.queueOf(tenantId);
    if (queue.records.length >= this.options.maxQueued) {
      this.counts.dropped++;
      return;
    }
    this.counts.received++;
    queue.records.push(record);
    if (queue.records.length >= this.options.batchSize) void this.flush(tenantId);
  }

  refuse(tenantId: string, letter: NewDeadLetter): void {
    this.counts.refusedFrames++;
    this.queueOf(tenantId).letters.push(letter);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.queues.keys()].map((tenantId) => this.flush(tenantId)));
  }

  /** Writes what is queued for a tenant, after any write of it already under way. */
  flush(tenantId: string): Promise<void> {
    const queue = this.queueOf(tenantId);
    queue.writing = queue.writing.then(() => this.write(tenantId, queue));
    return queue.writing;
  }

  private async write(tenantId: string, queue: Queue): Promise<void> {
    const records = queue.records.splice(0);
    const letters = queue.letters.splice(0);
    if (records.length === 0 && letters.length === 0) return;
    try {
      const now = this.deps.clock.now();
      if (letters.length > 0) await insertDeadLetters(this.deps.db, tenantId, letters, now);
      if (records.length === 0) return;
      const catalog = await this.deps.catalogFor(tenantId);
      const deps = { db: this.deps.db, catalog, clock: this.deps.clock };
      const result = await ingestRecords(deps, tenantId, this.format, records);
      this.counts.stored += result.stored;
      this.counts.duplicate += result.duplicate;
      this.counts.rejected += result.rejected;
      this.counts.ignored += result.ignored;
    } catch (error) {
      this.counts.dropped += records.length;
      this.deps.logger.error(
        { err: error, tenantId, lost: records.length },
        'syslog batch not stored',
      );
    }
  }

  private queueOf(tenantId: string): Queue {
    let queue = this.queues.get(tenantId);
    if (!queue) {
      queue = { records: [], letters: [], writing: Promise.resolve() };
      this.queues.set(tenantId, queue);
    }
    return queue;
  }
}
