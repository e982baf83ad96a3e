import { newId } from '../shared/ids.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import type { OutboxCounts, OutboxDraft, OutboxMessage, OutboxState } from './outbox.js';

interface MessageRow extends Record<string, unknown> {
  seq: number | string;
  tenant_id: string;
  id: string;
  destination_id: string;
  kind: string;
  payload: string;
  idempotency_key: string;
  ordering_key: string | null;
  state: string;
  attempts: number | string;
  created_at: number | string;
  window_started_at: number | string;
  next_attempt_at: number | string;
  last_attempt_at: number | string | null;
  delivered_at: number | string | null;
  last_error: string | null;
}

/** A stored message with its position in the outbox and the start of its delivery window. */
export interface StoredMessage extends OutboxMessage {
  seq: number;
  windowStartedAt: number;
}

const time = (v: number | string | null): number | null => (v === null ? null : Number(v));

function toMessage(r: MessageRow): StoredMessage {
  return {
    seq: Number(r.seq),
    tenantId: r.tenant_id,
    id: r.id,
    destinationId: r.destination_id,
    kind: r.kind,
    payload: JSON.parse(r.payload) as unknown,
    idempotencyKey: r.idempotency_key,
    orderingKey: r.ordering_key,
    state: r.state as OutboxState,
    attempts: Number(r.attempts),
    createdAt: Number(r.created_at),
    windowStartedAt: Number(r.window_started_at),
    nextAttemptAt: Number(r.next_attempt_at),
    lastAttemptAt: time(r.last_attempt_at),
    deliveredAt: time(r.delivered_at),
    lastError: r.last_error,
  };
}

const COLUMNS = [
  'tenant_id',
  'id',
  'destination_id',
  'kind',
  'payload',
  'idempotency_key',
  'ordering_key',
  'state',
  'created_at',
  'window_started_at',
  'next_attempt_at',
] as const;

/**
 * Stores messages, skipping any whose idempotency key the destination already has. Returns how
 * many were new. Call it inside the transaction that makes the change the messages announce.
 */
export async function insertMessages(
  db: Queryable,
  tenantId: string,
  drafts: readonly OutboxDraft[],
  now: number,
): Promise<number> {
  const rows: SqlValue[][] = drafts.map((d) => [
    tenantId,
    newId(),
    d.destinationId,
    d.kind,
    JSON.stringify(d.payload),
    d.idempotencyKey,
    d.orderingKey ?? null,
    'pending',
    now,
    now,
    now,
  ]);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000)
    inserted += await db.insertMany('outbox_messages', COLUMNS, rows.slice(i, i + 1000), {
      onConflictDoNothing: ['tenant_id', 'destination_id', 'idempotency_key'],
    });
  return inserted;
}

/**
 * Messages of every tenant that are due: pending ones whose time has come, and ones being
 * delivered whose lease ran out (their worker stopped). A message waits while an earlier one with
 * its ordering key is still pending or being delivered.
 */
export async function listDueMessages(
  db: Queryable,
  now: number,
  limit: number,
): Promise<StoredMessage[]> {
  const rows = await db.all<MessageRow>(
    `SELECT m.* FROM outbox_messages m
      WHERE m.state IN ('pending', 'delivering') AND m.next_attempt_at <= ?
        AND (m.ordering_key IS NULL OR NOT EXISTS (
          SELECT 1 FROM outbox_messages o
           WHERE o.tenant_id = m.tenant_id AND o.destination_id = m.destination_id
             AND o.ordering_key = m.ordering_key AND o.seq < m.seq
             AND o.state IN ('pending', 'delivering')))
      ORDER BY m.next_attempt_at, m.seq LIMIT ?`,
    [now, limit],
  );
  return rows.map(toMessage);
}

/**
 * Takes a due message for one attempt until `leaseUntil`, unless another worker took it first.
 * Counts the attempt. Only the holder (`owner`) can record its outcome.
 */
export async function claimMessage(
  db: Queryable,
  m: { tenantId: string; id: string },
  owner: string,
  now: number,
  leaseUntil: number,
): Promise<boolean> {
  const changed = await db.run(
    `UPDATE outbox_messages SET state = 'delivering', lease_owner = ?, next_attempt_at = ?,
       attempts = attempts + 1, last_attempt_at = ?
     WHERE tenant_id = ? AND id = ? AND state IN ('pending', 'delivering') AND next_attempt_at <= ?`,
    [owner, leaseUntil, now, m.tenantId, m.id, now],
  );
  return changed > 0;
}

export type Settlement =
  | { state: 'delivered'; at: number }
  | { state: 'pending'; at: number; error: string }
  | { state: 'dead'; at: number; error: string };

/** Records the outcome of an attempt; false when the lease was lost to another worker meanwhile. */
export async function settleMessage(
  db: Queryable,
  m: { tenantId: string; id: string },
  owner: string,
  s: Settlement,
): Promise<boolean> {
  const delivered = s.state === 'delivered';
  const changed = await db.run(
    `UPDATE outbox_messages SET state = ?, lease_owner = NULL, next_attempt_at = ?,
       delivered_at = ?, last_error = ?
     WHERE tenant_id = ? AND id = ? AND state = 'delivering' AND lease_owner = ?`,
    [s.state, s.at, delivered ? s.at : null, delivered ? null : s.error, m.tenantId, m.id, owner],
  );
  return changed > 0;
}

export async function findMessage(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<StoredMessage | undefined> {
  const row = await db.get<MessageRow>(
    'SELECT * FROM outbox_messages WHERE tenant_id = ? AND id = ?',
    [tenantId, id],
  );
  return row && toMessage(row);
}

/** A destination's messages in one state, oldest first, after the `afterSeq` cursor. */
export async function listMessages(
  db: Queryable,
  tenantId: string,
  destinationId: string,
  state: OutboxState,
  options: { afterSeq?: number; limit: number },
): Promise<StoredMessage[]> {
  const rows = await db.all<MessageRow>(
    `SELECT * FROM outbox_messages
      WHERE tenant_id = ? AND destination_id = ? AND state = ? AND seq > ?
      ORDER BY seq LIMIT ?`,
    [tenantId, destinationId, state, options.afterSeq ?? 0, options.limit],
  );
  return rows.map(toMessage);
}

export function emptyCounts(): OutboxCounts {
  return { pending: 0, delivering: 0, delivered: 0, dead: 0 };
}

/** Message counts by state for each of a tenant's destinations. */
export async function countMessages(
  db: Queryable,
  tenantId: string,
): Promise<Map<string, OutboxCounts>> {
  const rows = await db.all<{ destination_id: string; state: string; n: number | string }>(
    `SELECT destination_id, state, COUNT(*) AS n FROM outbox_messages
      WHERE tenant_id = ? GROUP BY destination_id, state`,
    [tenantId],
  );
  const counts = new Map<string, OutboxCounts>();
  for (const r of rows) {
    const c = counts.get(r.destination_id) ?? emptyCounts();
    c[r.state as OutboxState] = Number(r.n);
    counts.set(r.destination_id, c);
  }
  return counts;
}

/** The newest error of a destination's messages that are not delivered, and when it happened. */
export async function lastError(
  db: Queryable,
  tenantId: string,
  destinationId: string,
): Promise<{ error: string; at: number } | undefined> {
  const row = await db.get<{ last_error: string; last_attempt_at: number | string }>(
    `SELECT last_error, last_attempt_at FROM outbox_messages
      WHERE tenant_id = ? AND destination_id = ? AND last_error IS NOT NULL
        AND state <> 'delivered' AND last_attempt_at IS NOT NULL
      ORDER BY last_attempt_at DESC LIMIT 1`,
    [tenantId, destinationId],
  );
  return row && { error: row.last_error, at: Number(row.last_attempt_at) };
}

/**
 * Gives dead messages a new delivery window: pending now, attempts from zero. `ids` limits the
 * replay to those messages; without it every dead message of the destination is replayed.
 */
export async function replayDead(
  db: Queryable,
  tenantId: string,
  destinationId: string,
  ids: readonly string[] | 'all',
  now: number,
): Promise<number> {
  const base = `UPDATE outbox_messages SET state = 'pending', attempts = 0, window_started_at = ?,
      next_attempt_at = ? WHERE tenant_id = ? AND destination_id = ? AND state = 'dead'`;
  const params: SqlValue[] = [now, now, tenantId, destinationId];
  if (ids === 'all') return db.run(base, params);
  if (ids.length === 0) return 0;
  return db.run(`${base} AND id IN (${ids.map(() => '?').join(', ')})`, [...params, ...ids]);
}

/** Whether a later message with the same ordering key was already delivered. */
export async function supersededByDelivered(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<boolean> {
  const row = await db.get(
    `SELECT 1 AS found FROM outbox_messages m JOIN outbox_messages o
        ON o.tenant_id = m.tenant_id AND o.destination_id = m.destination_id
       AND o.ordering_key = m.ordering_key AND o.seq > m.seq AND o.state = 'delivered'
      WHERE m.tenant_id = ? AND m.id = ? LIMIT 1`,
    [tenantId, id],
  );
  return row !== undefined;
}

/** Removes every message of a destination (it was deleted). */
export async function deleteMessagesOf(
  db: Queryable,
  tenantId: string,
  destinationId: string,
): Promise<number> {
  return db.run('DELETE FROM outbox_messages WHERE tenant_id = ? AND destination_id = ?', [
    tenantId,
    destinationId,
  ]);
}

/** Forgets delivered messages older than `before`; dead ones stay until replayed or removed. */
export async function pruneDelivered(db: Queryable, before: number): Promise<number> {
  return db.run(`DELETE FROM outbox_messages WHERE state = 'delivered' AND delivered_at < ?`, [
    before,
  ]);
}
