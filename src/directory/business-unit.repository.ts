import { newId } from '../shared/ids.js';
import type { Queryable } from '../storage/db.js';

/** Finds a business unit by name or creates it, returning its id. */
export async function ensureBusinessUnit(
  db: Queryable,
  tenantId: string,
  name: string,
): Promise<string> {
  const row = await db.get<{ id: string }>(
    'SELECT id FROM business_units WHERE tenant_id = ? AND name = ?',
    [tenantId, name],
  );
  if (row) return row.id;
  const id = newId();
  await db.run('INSERT INTO business_units (tenant_id, id, name) VALUES (?, ?, ?)', [
    tenantId,
    id,
    name,
  ]);
  return id;
}

export async function listBusinessUnits(
  db: Queryable,
  tenantId: string,
): Promise<{ id: string; name: string }[]> {
  return db.all<{ id: string; name: string }>(
    'SELECT id, name FROM business_units WHERE tenant_id = ? ORDER BY name',
    [tenantId],
  );
}
