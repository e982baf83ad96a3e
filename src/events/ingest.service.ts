import type { Catalog } from '../catalog/catalog.js';
import { AppError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';
import type { Db, Queryable } from '../storage/db.js';
import { tenantNumber } from './event-tenant.js';
import type { InputFormat, RawRecord } from './formats/format.js';
import type { PendingChunk } from './ingest-batch.js';
import { BatchWriter } from './ingest-batch.js';
import type { Preparer } from './preparer.js';
import { inThreadPreparer } from './preparer.js';

export { MAX_REPORTED } from './ingest-batch.js';

/**
 * What became of the records read. Each record is exactly one of: producing events, ignored (a
 * vendor record understood and deliberately not a behaviour), or rejected (sent to the dead-letter
 * store). Each event produced is exactly one of stored or duplicate. A vendor envelope whose
 * elements are partly refused produces its good events and one dead letter per refused part, each
 * counted in `rejected`. For the native format one record is one event, so
 * `stored + duplicate + rejected = records`.
 */
export interface IngestCounts {
  records: number;
  events: number;
  stored: number;
  duplicate: number;
  rejected: number;
  ignored: number;
}

/** A rejected record, as reported back to whoever sent it. */
export interface Rejection {
  origin: string;
  line: number;
  reason: string;
}

/** The counts, plus the first rejections (at most `MAX_REPORTED`) so callers can say why. */
export interface IngestResult extends IngestCounts {
  rejections: Rejection[];
}

export function emptyCounts(): IngestCounts {
  return { records: 0, events: 0, stored: 0, duplicate: 0, rejected: 0, ignored: 0 };
}

export interface IngestDeps {
  db: Db;
  catalog: Catalog;
  clock: Clock;
}

export interface IngestOptions {
  /** Events per transaction: one durable commit per batch. */
  batchSize?: number;
  /** Called after each committed batch with the running counts. */
  onBatch?: (counts: Readonly<IngestCounts>) => void;
  /** Where records are prepared; by default in this thread. */
  preparer?: Preparer;
}

/** Records per chunk handed to the preparer, and chunks prepared ahead of the writing. */
const CHUNK = 2_000;
const AHEAD = 8;

/**
 * Ingests a stream of records in one format. Records are prepared in chunks, by
 * `options.preparer` (in this thread unless given a `ThreadPreparer`), up to `AHEAD` chunks ahead
 * of the writing, so memory stays flat. Events are then written in batches: one transaction stores
 * the batch's events (skipping duplicates) and its dead letters, so an acknowledged batch is
 * durable and a crash mid-batch leaves nothing half-written.
 */
export async function ingestRecords(
  deps: IngestDeps,
  tenantId: string,
  format: InputFormat,
  records: AsyncIterable<RawRecord> | Iterable<RawRecord>,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const preparer = options.preparer ?? inThreadPreparer;
  const counts: IngestResult = { ...emptyCounts(), rejections: [] };
  const tenant = { id: tenantId, no: await storedTenantNumber(deps.db, tenantId) };
  const types = new Set(deps.catalog.list().map((b) => b.type));
  const writer = new BatchWriter(deps, tenant, format, counts, options);
  const ahead: PendingChunk[] = [];
  const send = (raws: RawRecord[]) => {
    const chunk = preparer.prepare({ format, types, records: raws, now: deps.clock.now() });
    // Awaited in turn below; until then a failure must not count as unhandled.
    chunk.catch(() => undefined);
    ahead.push({ raws, chunk });
  };
  let raws: RawRecord[] = [];
  for await (const raw of records) {
    raws.push(raw);
    if (raws.length < CHUNK) continue;
    send(raws);
    raws = [];
    const oldest = ahead.length >= AHEAD ? ahead.shift() : undefined;
    if (oldest) await writer.take(oldest);
  }
  if (raws.length > 0) send(raws);
  for (const pending of ahead) await writer.take(pending);
  await writer.flush();
  return counts;
}

/**
 * The number the tenant's events are stored under. Events carry no foreign key to their tenant
 * (migration 011), so this is where a tenant that does not exist is refused: before anything is
 * written.
 */
export async function storedTenantNumber(db: Queryable, tenantId: string): Promise<number> {
  const no = await tenantNumber(db, tenantId);
  if (no === undefined)
    throw new AppError(
      'TENANT_NOT_FOUND',
      `no tenant ${tenantId}; list them with "bulwark tenant list"`,
    );
  return no;
}
