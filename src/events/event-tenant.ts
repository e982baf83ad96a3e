import type { Queryable } from '../storage/db.js';

/**
 * Events are stored under their tenant's number (`tenants.num`), not its id: see migration 011.
 * A query names the tenant by id with this condition and the database finds the number.
 */
export const EVENT_TENANT = 'tenant_no = (SELECT num FROM tenants WHERE id = ?)';

/** The condition above for a query that reads events under an alias (`e.`). */
export function eventTenant(alias: string): string {
  return `${alias}.${EVENT_TENANT}`;
}

/** The number events of a tenant are stored under, or undefined for a tenant that does not exist. */
export async function tenantNumber(db: Queryable, tenantId: string): Promise<number | undefined> {
  const row = await db.get<{ num: number }>('SELECT num FROM tenants WHERE id = ?', [tenantId]);
  return row ? Number(row.num) : undefined;
}

/** The newest event sequence number of a tenant (on PostgreSQL, see `safeUpperSeq` for what may still commit below it). */
export async function newestEventSeq(db: Queryable, tenantId: string): Promise<number> {
  const row = await db.get<{ m: number | string | null }>(
    `SELECT MAX(seq) AS m FROM events WHERE ${EVENT_TENANT}`,
    [tenantId],
  );
  return Number(row?.m ?? 0);
}
