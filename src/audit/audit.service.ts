import type { Db, Queryable } from '../storage/db.js';
import type { AuditEntry, AuditRecord } from './audit.js';
import { INSTALLATION_CHAIN, sealNext } from './audit.js';
import { appendRecord, chainRecords, findHead, listChains } from './audit.repository.js';
import type { ChainBreak } from './chain-check.js';
import { checkHead, checkLink } from './chain-check.js';

/** A lock number of the audit log's own, beside the migrations' 4242001. */
const CHAIN_LOCK = 4242002;

function isDb(db: Db | Queryable): db is Db {
  return 'transaction' in db;
}

/**
 * Appends an entry to a tenant's chain (or the installation's, for `null`). Pass the transaction
 * of the change being recorded, so that the change and its record commit together; given the
 * database itself, it opens a transaction of its own. Appends to one chain are serialised: on
 * PostgreSQL by an advisory lock, on SQLite by its single writer.
 */
export async function recordAudit(
  db: Db | Queryable,
  tenantId: string | null,
  entry: AuditEntry,
  now = Date.now(),
): Promise<AuditRecord> {
  const chain = tenantId ?? INSTALLATION_CHAIN;
  if (isDb(db)) return db.transaction((tx) => append(tx, chain, entry, now));
  return append(db, chain, entry, now);
}

async function append(
  tx: Queryable,
  chain: string,
  entry: AuditEntry,
  now: number,
): Promise<AuditRecord> {
  if (tx.dialect === 'postgres')
    await tx.run('SELECT pg_advisory_xact_lock(?, hashtext(?))', [CHAIN_LOCK, chain]);
  const record = sealNext(chain, await findHead(tx, chain), entry, now);
  await appendRecord(tx, record);
  return record;
}

export interface ChainReport {
  chain: string;
  rows: number;
  head: { seq: number; hash: string } | undefined;
  broken: ChainBreak | undefined;
}

/** Recomputes one chain from its first row and reports the first broken link. */
export async function verifyChain(db: Queryable, chain: string): Promise<ChainReport> {
  let previous: { seq: number; hash: string } | undefined;
  let rows = 0;
  for await (const row of chainRecords(db, chain)) {
    const broken = checkLink(previous, row);
    if (broken) return { chain, rows, head: previous, broken };
    previous = { seq: row.seq, hash: row.hash };
    rows += 1;
  }
  const broken = checkHead(chain, previous, await findHead(db, chain));
  return { chain, rows, head: previous, broken };
}

/** Verifies the given chains, or every chain in the database. */
export async function verifyChains(db: Queryable, chains?: string[]): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const chain of chains ?? (await listChains(db))) reports.push(await verifyChain(db, chain));
  return reports;
}
