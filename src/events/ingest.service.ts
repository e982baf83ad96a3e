import type { Catalog } from '../catalog/catalog.js';
import { AppError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';
import type { Db, Queryable, SqlValue } from '../storage/db.js';
import type { NewDeadLetter } from './dead-letter.repository.js';
import { insertDeadLetters } from './dead-letter.repository.js';
import { eventRow, insertEvents } from './event.repository.js';
import { tenantNumber } from './event-tenant.js';
import type { InputFormat, RawRecord } from './formats/format.js';
import type { PreparedEvent } from './prepare.js';
import { prepareRecord } from './prepare.js';
import { SubjectResolver } from './subject-resolver.js';

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

export const MAX_REPORTED = 100;

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
}

interface Batch {
  events: PreparedEvent[];
  letters: NewDeadLetter[];
}

/**
 * Ingests a stream of records in one format. Records are prepared one by one, then written in
 * batches: one transaction stores the batch's events (skipping duplicates) and its dead letters, so
 * an acknowledged batch is durable and a crash mid-batch leaves nothing half-written.
 */
export async function ingestRecords(
  deps: IngestDeps,
  tenantId: string,
  format: InputFormat,
  records: AsyncIterable<RawRecord> | Iterable<RawRecord>,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const batchSize = options.batchSize ?? 20_000;
  const counts: IngestResult = { ...emptyCounts(), rejections: [] };
  const tenantNo = await storedTenantNumber(deps.db, tenantId);
  const resolver = new SubjectResolver(deps.db, tenantId);
  let batch: Batch = { events: [], letters: [] };
  for await (const raw of records) {
    counts.records++;
    addRecord(batch, counts, format, raw, deps);
    if (batch.events.length + batch.letters.length >= batchSize) {
      await writeBatch(deps, { id: tenantId, no: tenantNo }, resolver, batch, counts);
      options.onBatch?.(counts);
      batch = { events: [], letters: [] };
    }
  }
  await writeBatch(deps, { id: tenantId, no: tenantNo }, resolver, batch, counts);
  options.onBatch?.(counts);
  return counts;
}

function addRecord(
  batch: Batch,
  counts: IngestResult,
  format: InputFormat,
  raw: RawRecord,
  deps: IngestDeps,
): void {
  const prepared = prepareRecord(format, raw, deps.catalog, deps.clock.now());
  switch (prepared.kind) {
    case 'events':
      batch.events.push(...prepared.events);
      counts.events += prepared.events.length;
      for (const reason of prepared.problems)
        reject(batch, counts, format, raw, `part of the record was refused: ${reason}`);
      return;
    case 'ignored':
      counts.ignored++;
      return;
    case 'rejected':
      reject(batch, counts, format, raw, prepared.reason);
      return;
  }
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

/** Counts a refusal and keeps the raw record with the reason in the dead-letter store. */
function reject(
  batch: Batch,
  counts: IngestResult,
  format: InputFormat,
  raw: RawRecord,
  reason: string,
): void {
  counts.rejected++;
  if (counts.rejections.length < MAX_REPORTED)
    counts.rejections.push({ origin: raw.origin, line: raw.line, reason });
  batch.letters.push({
    format: format.name,
    origin: raw.origin,
    line: raw.line,
    reason,
    raw: raw.text,
  });
}

async function writeBatch(
  deps: IngestDeps,
  tenant: { id: string; no: number },
  resolver: SubjectResolver,
  batch: Batch,
  counts: IngestCounts,
): Promise<void> {
  if (batch.events.length === 0 && batch.letters.length === 0) return;
  const now = deps.clock.now();
  await resolver.resolve(batch.events.map((p) => p.event.subject.toLowerCase()));
  const rows: SqlValue[][] = batch.events.map((p) =>
    eventRow(tenant.no, p, resolver.idOf(p.event.subject.toLowerCase()), now),
  );
  const stored = await deps.db.transaction(async (tx) => {
    const inserted = rows.length > 0 ? await insertEvents(tx, rows) : 0;
    await insertDeadLetters(tx, tenant.id, batch.letters, now);
    return inserted;
  });
  counts.stored += stored;
  counts.duplicate += rows.length - stored;
}
