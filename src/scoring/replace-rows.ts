import type { Queryable, SqlValue } from '../storage/db.js';

const CHUNK = 500;

/**
 * Replaces rows of one tenant in a table keyed by (tenant_id, `key`): deletes those named (or all
 * of the tenant's with `ids === 'all'`) and inserts the new ones in one batch. Portable upsert for
 * many rows, on both engines, inside the caller's transaction.
 */
export async function replaceRows(
  tx: Queryable,
  table: string,
  scope: { tenantId: string; key: string; extra?: { sql: string; params: SqlValue[] } },
  ids: readonly string[] | 'all',
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Promise<void> {
  if (tx.dialect === 'sqlite' && ids !== 'all')
    return upsertEach(tx, table, scope.key, columns, rows);
  const extra = scope.extra ? ` AND ${scope.extra.sql}` : '';
  const extraParams = scope.extra?.params ?? [];
  if (ids === 'all')
    await tx.run(`DELETE FROM ${table} WHERE tenant_id = ?${extra}`, [
      scope.tenantId,
      ...extraParams,
    ]);
  else
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await tx.run(
        `DELETE FROM ${table} WHERE tenant_id = ?${extra} AND ${scope.key} IN (${chunk.map(() => '?').join(', ')})`,
        [scope.tenantId, ...extraParams, ...chunk],
      );
    }
  for (let i = 0; i < rows.length; i += 20_000)
    await tx.insertMany(table, columns, rows.slice(i, i + 20_000));
}

/**
 * SQLite runs one prepared statement per row anyway (see storage/sqlite.ts), so an upsert per row
 * does in one step what delete-then-insert does in two. The key is (tenant_id, `key`) plus, for
 * snapshots, the day: whatever leads the table's primary key.
 */
async function upsertEach(
  tx: Queryable,
  table: string,
  key: string,
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Promise<void> {
  const conflict = ['tenant_id', ...(columns.includes('day') ? ['day'] : []), key];
  const updates = columns.filter((c) => !conflict.includes(c)).map((c) => `${c} = excluded.${c}`);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (${conflict.join(', ')}) DO UPDATE SET ${updates.join(', ')}`;
  for (const row of rows) await tx.run(sql, row);
}

/** Runs a query per chunk of ids (`IN (…)` lists stay short on both engines). */
export async function inChunks<T>(
  ids: readonly string[],
  query: (placeholders: string, chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    out.push(...(await query(chunk.map(() => '?').join(', '), chunk)));
  }
  return out;
}
