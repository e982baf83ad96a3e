import { Conditions } from '../storage/conditions.js';
import type { Queryable, SqlValue } from '../storage/db.js';

export type DeadLetterStatus = 'pending' | 'replayed';

export interface DeadLetter {
  id: number;
  tenantId: string;
  format: string;
  origin: string;
  line: number | null;
  reason: string;
  raw: string;
  status: DeadLetterStatus;
  attempts: number;
  receivedAt: number;
  resolvedAt: number | null;
}

export interface NewDeadLetter {
  format: string;
  origin: string;
  line: number | null;
  reason: string;
  raw: string;
}

/** Largest raw record kept in a dead letter; longer ones are cut and say so. */
export const MAX_RAW_CHARS = 64 * 1024;

const columns = [
  'tenant_id',
  'format',
  'origin',
  'line',
  'reason',
  'raw',
  'status',
  'attempts',
  'received_at',
] as const;

export async function insertDeadLetters(
  db: Queryable,
  tenantId: string,
  letters: readonly NewDeadLetter[],
  now: number,
): Promise<void> {
  if (letters.length === 0) return;
  const rows: SqlValue[][] = letters.map((l) => [
    tenantId,
    l.format,
    l.origin,
    l.line,
    l.reason,
    l.raw.length > MAX_RAW_CHARS
      ? `${l.raw.slice(0, MAX_RAW_CHARS)}…[cut at ${MAX_RAW_CHARS} characters]`
      : l.raw,
    'pending',
    0,
    now,
  ]);
  await db.insertMany('dead_letters', columns, rows);
}

interface Row extends Record<string, unknown> {
  id: number;
  tenant_id: string;
  format: string;
  origin: string;
  line: number | null;
  reason: string;
  raw: string;
  status: string;
  attempts: number;
  received_at: number;
  resolved_at: number | null;
}

function toDeadLetter(r: Row): DeadLetter {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    format: r.format,
    origin: r.origin,
    line: r.line,
    reason: r.reason,
    raw: r.raw,
    status: r.status as DeadLetterStatus,
    attempts: r.attempts,
    receivedAt: r.received_at,
    resolvedAt: r.resolved_at,
  };
}

export interface DeadLetterQuery {
  status?: DeadLetterStatus;
  format?: string;
  afterId?: number;
  limit: number;
}

export async function listDeadLetters(
  db: Queryable,
  tenantId: string,
  q: DeadLetterQuery,
): Promise<DeadLetter[]> {
  const where = new Conditions().add('tenant_id = ?', tenantId);
  where.addIf(q.status, 'status = ?').addIf(q.format, 'format = ?').addIf(q.afterId, 'id > ?');
  const rows = await db.all<Row>(
    `SELECT * FROM dead_letters WHERE ${where.sql} ORDER BY id LIMIT ?`,
    [...where.params, q.limit],
  );
  return rows.map(toDeadLetter);
}

export async function findDeadLetter(
  db: Queryable,
  tenantId: string,
  id: number,
): Promise<DeadLetter | undefined> {
  const row = await db.get<Row>('SELECT * FROM dead_letters WHERE tenant_id = ? AND id = ?', [
    tenantId,
    id,
  ]);
  return row && toDeadLetter(row);
}

export async function markReplayed(
  db: Queryable,
  tenantId: string,
  id: number,
  now: number,
): Promise<void> {
  await db.run(
    "UPDATE dead_letters SET status = 'replayed', attempts = attempts + 1, resolved_at = ? WHERE tenant_id = ? AND id = ?",
    [now, tenantId, id],
  );
}

export async function markFailedAgain(
  db: Queryable,
  tenantId: string,
  id: number,
  reason: string,
): Promise<void> {
  await db.run(
    'UPDATE dead_letters SET reason = ?, attempts = attempts + 1 WHERE tenant_id = ? AND id = ?',
    [reason, tenantId, id],
  );
}

export async function countDeadLetters(
  db: Queryable,
  tenantId: string,
  status: DeadLetterStatus,
): Promise<number> {
  const row = await db.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM dead_letters WHERE tenant_id = ? AND status = ?',
    [tenantId, status],
  );
  return Number(row?.n ?? 0);
}
