import { newId } from '../shared/ids.js';
import type { Queryable } from '../storage/db.js';
import type { Criticality } from './access.js';

export interface Resource {
  id: string;
  name: string;
  criticality: Criticality;
}

export async function listResources(db: Queryable, tenantId: string): Promise<Resource[]> {
  return db.all<Resource & Record<string, unknown>>(
    'SELECT id, name, criticality FROM resources WHERE tenant_id = ? ORDER BY name_lc',
    [tenantId],
  );
}

/** Creates the resource or updates its criticality, returning its id. */
export async function upsertResource(
  db: Queryable,
  tenantId: string,
  name: string,
  criticality: Criticality,
  now: number,
): Promise<string> {
  const existing = await db.get<{ id: string }>(
    'SELECT id FROM resources WHERE tenant_id = ? AND name_lc = ?',
    [tenantId, name.toLowerCase()],
  );
  if (existing) {
    await db.run(
      'UPDATE resources SET criticality = ?, name = ?, updated_at = ? WHERE tenant_id = ? AND id = ?',
      [criticality, name, now, tenantId, existing.id],
    );
    return existing.id;
  }
  const id = newId();
  await db.run(
    'INSERT INTO resources (tenant_id, id, name, name_lc, criticality, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    [tenantId, id, name, name.toLowerCase(), criticality, now],
  );
  return id;
}

export async function deleteEntitlementsOf(
  db: Queryable,
  tenantId: string,
  identityId: string,
): Promise<void> {
  await db.run('DELETE FROM entitlements WHERE tenant_id = ? AND identity_id = ?', [
    tenantId,
    identityId,
  ]);
}

export async function insertEntitlement(
  db: Queryable,
  tenantId: string,
  identityId: string,
  resourceId: string,
  entitlement: string,
  admin: boolean,
  now: number,
): Promise<void> {
  await db.run(
    `INSERT INTO entitlements (tenant_id, identity_id, resource_id, entitlement, admin, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, identity_id, resource_id, entitlement) DO UPDATE SET admin = excluded.admin, updated_at = excluded.updated_at`,
    [tenantId, identityId, resourceId, entitlement, admin ? 1 : 0, now],
  );
}

export interface EntitlementView extends Record<string, unknown> {
  resource_id: string;
  resource: string;
  criticality: Criticality;
  entitlement: string;
  admin: number;
}

export async function listEntitlementsOf(
  db: Queryable,
  tenantId: string,
  identityId: string,
): Promise<EntitlementView[]> {
  return db.all<EntitlementView>(
    `SELECT e.resource_id, r.name AS resource, r.criticality, e.entitlement, e.admin
       FROM entitlements e JOIN resources r ON r.tenant_id = e.tenant_id AND r.id = e.resource_id
      WHERE e.tenant_id = ? AND e.identity_id = ? ORDER BY r.name_lc, e.entitlement`,
    [tenantId, identityId],
  );
}

/** Identity ids that currently hold any entitlement. */
export async function identitiesWithEntitlements(
  db: Queryable,
  tenantId: string,
): Promise<string[]> {
  const rows = await db.all<{ identity_id: string }>(
    'SELECT DISTINCT identity_id FROM entitlements WHERE tenant_id = ?',
    [tenantId],
  );
  return rows.map((r) => r.identity_id);
}
