import { Conditions } from '../storage/conditions.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import type { Severity } from '../catalog/behaviour.js';
import type { StoredEvent } from './event.js';
import { EVENT_TENANT } from './event-tenant.js';
import type { PreparedEvent } from './prepare.js';

/**
 * The columns of an event row. The first eight come from the event alone (`eventValues`, which
 * may run on a preparation thread); the last three are added where the batch is written.
 */
export const eventColumns = [
  'source',
  'event_id',
  'time',
  'type',
  'subject',
  'subject_lc',
  'severity',
  'details',
  'tenant_no',
  'identity_id',
  'ingested_at',
] as const;

/** The columns of an event that depend on nothing but the event, in `eventColumns` order. */
export function eventValues(prepared: PreparedEvent): SqlValue[] {
  const e = prepared.event;
  return [
    e.source,
    e.id,
    prepared.timeMs,
    e.type,
    e.subject,
    e.subject.toLowerCase(),
    e.severity ?? null,
    JSON.stringify(e.details),
  ];
}

/** Where `subject_lc` sits in `eventValues`, for resolving subjects without rebuilding events. */
export const SUBJECT_LC = 5;

/** Completes `eventValues` into a row: the tenant, the identity (null while unknown), when stored. */
export function completeRow(
  values: SqlValue[],
  tenantNo: number,
  identityId: string | null,
  now: number,
): SqlValue[] {
  values.push(tenantNo, identityId, now);
  return values;
}

/** Builds the row for one event; `identityId` is null while the subject is not in the directory. */
export function eventRow(
  tenantNo: number,
  prepared: PreparedEvent,
  identityId: string | null,
  now: number,
): SqlValue[] {
  return completeRow(eventValues(prepared), tenantNo, identityId, now);
}

/** Stores events, skipping any already stored (same tenant, source and id); returns how many were new. */
export async function insertEvents(db: Queryable, rows: readonly SqlValue[][]): Promise<number> {
  return db.insertMany('events', eventColumns, rows, {
    onConflictDoNothing: ['tenant_no', 'source', 'event_id'],
  });
}

interface EventRow extends Record<string, unknown> {
  seq: number;
  source: string;
  event_id: string;
  time: number;
  type: string;
  subject: string;
  identity_id: string | null;
  severity: string | null;
  details: string;
  ingested_at: number;
}

function toEvent(tenantId: string, row: EventRow): StoredEvent {
  return {
    seq: row.seq,
    tenantId,
    source: row.source,
    eventId: row.event_id,
    time: row.time,
    type: row.type,
    subject: row.subject,
    identityId: row.identity_id,
    severity: row.severity as Severity | null,
    details: JSON.parse(row.details) as Record<string, unknown>,
    ingestedAt: row.ingested_at,
  };
}

export interface EventQuery {
  identityId: string;
  from?: number;
  to?: number;
  types?: readonly string[];
  /** Continue after this (time, seq), newest first. */
  after?: { time: number; seq: number };
  limit: number;
}

/** An identity's events, newest first, in a time range. */
export async function listEventsOf(
  db: Queryable,
  tenantId: string,
  q: EventQuery,
): Promise<StoredEvent[]> {
  const where = new Conditions().add(EVENT_TENANT, tenantId).add('identity_id = ?', q.identityId);
  where.addIf(q.from, 'time >= ?').addIf(q.to, 'time < ?');
  if (q.types?.length) where.add(`type IN (${q.types.map(() => '?').join(', ')})`, ...q.types);
  if (q.after)
    where.add('(time < ? OR (time = ? AND seq < ?))', q.after.time, q.after.time, q.after.seq);
  const rows = await db.all<EventRow>(
    `SELECT * FROM events WHERE ${where.sql} ORDER BY time DESC, seq DESC LIMIT ?`,
    [...where.params, q.limit],
  );
  return rows.map((row) => toEvent(tenantId, row));
}

export async function countEvents(
  db: Queryable,
  tenantId: string,
): Promise<{ total: number; unlinked: number }> {
  const row = await db.get<{ total: number; unlinked: number }>(
    `SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN identity_id IS NULL THEN 1 ELSE 0 END), 0) AS unlinked
       FROM events WHERE ${EVENT_TENANT}`,
    [tenantId],
  );
  return { total: Number(row?.total ?? 0), unlinked: Number(row?.unlinked ?? 0) };
}
