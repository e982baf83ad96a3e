import type { Queryable, SqlValue } from '../storage/db.js';
import type { ScoringRow } from './scoring-event.js';
import { EVENT_TENANT, newestEventSeq } from '../events/event-tenant.js';

/**
 * The two details scoring needs, tested in SQL so that the JSON is never parsed on the hot path.
 * Details are stored as `JSON.stringify` output, which has no spaces.
 */
const COLUMNS = `seq, identity_id AS "identityId", time, type, severity`;
const FLAGS = `CASE WHEN details LIKE '%"automated":true%' THEN 1 ELSE 0 END AS automated,
  CASE WHEN details LIKE '%"requiresBurst":true%' THEN 1 ELSE 0 END AS burst`;

export const PAGE_SIZE = 50_000;

export interface EventRange {
  /** Events with seq > afterSeq … */
  afterSeq: number;
  /** … and seq ≤ uptoSeq. */
  uptoSeq: number;
  /** Only events at or before this time (as-of scoring). */
  until?: number;
}

/** Linked events of a tenant in sequence order, one page at a time. */
export async function* readEventPages(
  db: Queryable,
  tenantId: string,
  range: EventRange,
  pageSize = PAGE_SIZE,
): AsyncGenerator<ScoringRow[]> {
  let after = range.afterSeq;
  for (;;) {
    const params: SqlValue[] = [tenantId, after, range.uptoSeq];
    if (range.until !== undefined) params.push(range.until);
    const rows = await db.all<ScoringRow>(
      `SELECT ${COLUMNS}, ${FLAGS} FROM events
        WHERE ${EVENT_TENANT} AND seq > ? AND seq <= ? AND identity_id IS NOT NULL
        ${range.until !== undefined ? 'AND time <= ?' : ''}
        ORDER BY seq LIMIT ${pageSize}`,
      params,
    );
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows[rows.length - 1]?.seq);
    if (rows.length < pageSize) return;
  }
}

/** One identity's events in sequence order, with their ids (explanations, late-linked identities). */
export async function eventsOfIdentity(
  db: Queryable,
  tenantId: string,
  identityId: string,
  uptoSeq?: number,
): Promise<ScoringRow[]> {
  const rows = await db.all<ScoringRow>(
    `SELECT ${COLUMNS}, event_id AS "eventId", ${FLAGS} FROM events
      WHERE ${EVENT_TENANT} AND identity_id = ? ${uptoSeq === undefined ? '' : 'AND seq <= ?'}
      ORDER BY time, seq`,
    uptoSeq === undefined ? [tenantId, identityId] : [tenantId, identityId, uptoSeq],
  );
  // Fetched in the order of the identity's index (ordering by seq alone makes SQLite walk the
  // tenant's whole sequence index instead), then put back in sequence order.
  return rows.sort((a, b) => a.seq - b.seq);
}

/**
 * The highest sequence number that no running transaction can still fill in below. SQLite commits
 * one writer at a time in sequence order, so the highest stored one is safe. On PostgreSQL a
 * transaction that drew a lower number may commit after a higher one; a brief SHARE lock waits for
 * every insert in flight, so that nothing below the returned number can appear later.
 */
export async function safeUpperSeq(
  db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> } & Queryable,
  tenantId: string,
): Promise<number> {
  const read = (q: Queryable) => newestEventSeq(q, tenantId);
  if (db.dialect === 'sqlite') return read(db);
  return db.transaction(async (tx) => {
    await tx.run('LOCK TABLE events IN SHARE MODE');
    return read(tx);
  });
}
