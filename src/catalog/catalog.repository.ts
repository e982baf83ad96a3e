import type { Queryable } from '../storage/db.js';

export async function loadOverrides(
  db: Queryable,
  tenantId: string,
): Promise<Record<string, number>> {
  const rows = await db.all<{ type: string; weight: number }>(
    'SELECT type, weight FROM catalog_overrides WHERE tenant_id = ?',
    [tenantId],
  );
  return Object.fromEntries(rows.map((r) => [r.type, Number(r.weight)]));
}

export async function saveOverride(
  db: Queryable,
  tenantId: string,
  type: string,
  weight: number,
  now: number,
): Promise<void> {
  await db.run(
    `INSERT INTO catalog_overrides (tenant_id, type, weight, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (tenant_id, type) DO UPDATE SET weight = excluded.weight, updated_at = excluded.updated_at`,
    [tenantId, type, weight, now],
  );
}

export async function deleteOverride(
  db: Queryable,
  tenantId: string,
  type: string,
): Promise<number> {
  return db.run('DELETE FROM catalog_overrides WHERE tenant_id = ? AND type = ?', [tenantId, type]);
}
