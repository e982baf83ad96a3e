import type { Queryable, SqlValue } from '../storage/db.js';

const CHUNK = 500;
const BATCH = 20_000;

/**
 * Replaces rows of one tenant in a table keyed by (tenant_id, `key`), plus the day for
 * snapshots: with `ids === 'all'` every row of the tenant (in the scope) is deleted and the new
 * ones inserted; otherwise the new rows are upserted and any named id without a new row is
 * deleted. Portable on both engines, inside the caller's transaction.
 */
export async function replaceRows(
  tx: Queryable,
  table: string,
  scope: { tenantId: string; key: string; extra?: { sql: string; params: SqlValue[] } },
  ids: readonly string[] | 'all',
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Promise<void> {
  const extra = scope.extra ? ` AND ${scope.extra.sql}` : '';
  const extraParams = scope.extra?.params ?? [];
  const remove = async (chunk: readonly string[]): Promise<void> => {
    await tx.run(
      `DELETE FROM ${table} WHERE tenant_id = ?${extra} AND ${scope.key} IN (${chunk.map(() => '?').join(', ')})`,
      [scope.tenantId, ...extraParams, ...chunk],
    );
  };
  if (ids === 'all') {
    await tx.run(`DELETE FROM ${table} WHERE tenant_id = ?${extra}`, [
      scope.tenantId,
      ...extraParams,
    ]);
    for (let i = 0; i < rows.length; i += BATCH)
      await tx.insertMany(table, columns, rows.slice(i, i + BATCH));
    return;
  }
  const gone = withoutRow(ids, rows, columns.indexOf(scope.key));
  for (let i = 0; i < gone.length; i += CHUNK) await remove(gone.slice(i, i + CHUNK));
  const conflict = ['tenant_id', ...(columns.includes('day') ? ['day'] : []), scope.key];
  for (let i = 0; i < rows.length; i += BATCH)
    await tx.insertMany(table, columns, rows.slice(i, i + BATCH), { onConflictUpdate: conflict });
}

/** The named ids that have no new row. */
function withoutRow(ids: readonly string[], rows: readonly SqlValue[][], keyAt: number): string[] {
  const present = new Set(rows.map((r) => r[keyAt]));
  return ids.filter((id) => !present.has(id));
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
