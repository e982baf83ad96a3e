import { Conditions } from '../storage/conditions.js';
import type { Queryable } from '../storage/db.js';
import type { AuditRecord } from './audit.js';

interface Row extends Record<string, unknown> {
  tenant_id: string;
  seq: number | string;
  at: number | string;
  actor: string;
  ip: string | null;
  action: string;
  target: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

function toRecord(row: Row): AuditRecord {
  return {
    chain: row.tenant_id,
    seq: Number(row.seq),
    at: Number(row.at),
    actor: row.actor,
    ip: row.ip,
    action: row.action,
    target: row.target,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export async function findHead(db: Queryable, chain: string): Promise<ChainHead | undefined> {
  const row = await db.get<{ seq: number | string; hash: string }>(
    'SELECT seq, hash FROM audit_heads WHERE tenant_id = ?',
    [chain],
  );
  return row && { seq: Number(row.seq), hash: row.hash };
}

/** Inserts a sealed row and moves the chain head to it; the caller holds the chain's lock. */
export async function appendRecord(db: Queryable, record: AuditRecord): Promise<void> {
  await db.run(
    `INSERT INTO audit_log (tenant_id, seq, at, actor, ip, action, target, details, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      record.chain,
      record.seq,
      record.at,
      record.actor,
      record.ip,
      record.action,
      record.target,
      record.details,
      record.prevHash,
      record.hash,
    ],
  );
  await db.run(
    `INSERT INTO audit_heads (tenant_id, seq, hash) VALUES (?, ?, ?)
     ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`,
    [record.chain, record.seq, record.hash],
  );
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  from?: number;
  to?: number;
  /** Newest first: rows before this sequence number. */
  beforeSeq?: number;
  limit: number;
}

/** A chain's rows, newest first, for the API and the Settings page. */
export async function listRecords(
  db: Queryable,
  chain: string,
  filter: AuditFilter,
): Promise<AuditRecord[]> {
  const where = new Conditions()
    .add('tenant_id = ?', chain)
    .addIf(filter.action, 'action = ?')
    .addIf(filter.actor, 'actor = ?')
    .addIf(filter.from, 'at >= ?')
    .addIf(filter.to, 'at < ?')
    .addIf(filter.beforeSeq, 'seq < ?');
  const rows = await db.all<Row>(
    `SELECT * FROM audit_log WHERE ${where.sql} ORDER BY seq DESC LIMIT ?`,
    [...where.params, filter.limit],
  );
  return rows.map(toRecord);
}

/** A chain's rows in order, a page at a time, so that verifying and exporting use flat memory. */
export async function* chainRecords(
  db: Queryable,
  chain: string,
  pageSize = 1000,
): AsyncGenerator<AuditRecord> {
  let after = 0;
  for (;;) {
    const rows = await db.all<Row>(
      'SELECT * FROM audit_log WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      [chain, after, pageSize],
    );
    for (const row of rows) yield toRecord(row);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = Number(last.seq);
  }
}

/** Every chain that has rows or a head: a deleted chain still has its head. */
export async function listChains(db: Queryable): Promise<string[]> {
  const rows = await db.all<{ tenant_id: string }>(
    `SELECT tenant_id FROM audit_heads UNION SELECT DISTINCT tenant_id FROM audit_log
     ORDER BY tenant_id`,
  );
  return rows.map((r) => r.tenant_id);
}
