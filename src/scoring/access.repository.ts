import { accessProfile, type AccessInput, type AccessProfile } from '../risk/index.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import { replaceRows } from './replace-rows.js';

interface IdentityAccessRow extends Record<string, unknown> {
  id: string;
  privileged: number;
  financial_authority: number;
  scopes: string | null;
}

interface GrantRow extends Record<string, unknown> {
  identity_id: string;
  resource: string;
  criticality: string;
  admin: number;
}

/**
 * Every identity's blast radius from the directory: entitlements with their resources'
 * criticality, the privileged and financial-authority flags, and an agent's scopes.
 */
export async function computeAccess(
  db: Queryable,
  tenantId: string,
  rankExponent: number,
): Promise<Map<string, AccessProfile>> {
  const identities = await db.all<IdentityAccessRow>(
    'SELECT id, privileged, financial_authority, scopes FROM identities WHERE tenant_id = ?',
    [tenantId],
  );
  const grants = await db.all<GrantRow>(
    `SELECT e.identity_id, r.name AS resource, r.criticality, e.admin
       FROM entitlements e JOIN resources r ON r.tenant_id = e.tenant_id AND r.id = e.resource_id
      WHERE e.tenant_id = ?`,
    [tenantId],
  );
  const inputs = new Map<
    string,
    AccessInput & { entitlements: NonNullable<AccessInput['entitlements']>[number][] }
  >();
  for (const i of identities)
    inputs.set(i.id, {
      entitlements: [],
      privileged: Number(i.privileged) === 1,
      financialAuthority: Number(i.financial_authority) === 1,
      scopes: i.scopes ? (JSON.parse(i.scopes) as string[]) : [],
    });
  for (const g of grants)
    inputs.get(g.identity_id)?.entitlements.push({
      resource: g.resource,
      criticality: g.criticality,
      admin: Number(g.admin) === 1,
    });
  const out = new Map<string, AccessProfile>();
  for (const [id, input] of inputs) out.set(id, accessProfile(input, rankExponent));
  return out;
}

export async function saveAccess(
  tx: Queryable,
  tenantId: string,
  profiles: ReadonlyMap<string, AccessProfile>,
): Promise<void> {
  const rows: SqlValue[][] = [...profiles].map(([id, p]) => [
    tenantId,
    id,
    p.points,
    JSON.stringify(p.items),
  ]);
  await replaceRows(
    tx,
    'risk_access',
    { tenantId, key: 'identity_id' },
    'all',
    ['tenant_id', 'identity_id', 'points', 'items'],
    rows,
  );
}

export async function loadAccessPoints(
  db: Queryable,
  tenantId: string,
): Promise<Map<string, number>> {
  const rows = await db.all<{ identity_id: string; points: number }>(
    'SELECT identity_id, points FROM risk_access WHERE tenant_id = ?',
    [tenantId],
  );
  return new Map(rows.map((r) => [r.identity_id, Number(r.points)]));
}

export async function findAccess(
  db: Queryable,
  tenantId: string,
  identityId: string,
): Promise<AccessProfile | undefined> {
  const row = await db.get<{ points: number; items: string }>(
    'SELECT points, items FROM risk_access WHERE tenant_id = ? AND identity_id = ?',
    [tenantId, identityId],
  );
  return (
    row && { points: Number(row.points), items: JSON.parse(row.items) as AccessProfile['items'] }
  );
}
