import type { Queryable } from '../storage/db.js';
import type { Tenant } from './tenant.js';

interface TenantRow extends Record<string, unknown> {
  id: string;
  slug: string;
  name: string;
  is_demo: number;
  created_at: number;
}

function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
  };
}

export async function findTenantBySlug(db: Queryable, slug: string): Promise<Tenant | undefined> {
  const row = await db.get<TenantRow>('SELECT * FROM tenants WHERE slug = ?', [slug]);
  return row && toTenant(row);
}

export async function findTenantById(db: Queryable, id: string): Promise<Tenant | undefined> {
  const row = await db.get<TenantRow>('SELECT * FROM tenants WHERE id = ?', [id]);
  return row && toTenant(row);
}

export async function listTenants(db: Queryable): Promise<Tenant[]> {
  const rows = await db.all<TenantRow>('SELECT * FROM tenants ORDER BY slug');
  return rows.map(toTenant);
}

/**
 * Stores a new tenant with the next tenant number (`num`), the small key its events are stored
 * under. Run it inside a transaction: on PostgreSQL two tenants created at the same instant would
 * compute the same number, and the unique index refuses the second.
 */
export async function insertTenant(db: Queryable, tenant: Tenant): Promise<void> {
  const sql = `INSERT INTO tenants (id, slug, name, is_demo, created_at, num)
    VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(num), 0) + 1 FROM tenants))`;
  await db.run(sql, [tenant.id, tenant.slug, tenant.name, tenant.isDemo ? 1 : 0, tenant.createdAt]);
}
