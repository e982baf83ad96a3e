import type { Queryable, SqlValue } from '../storage/db.js';
import type { Identity, IdentityKind } from './identity.js';
import { searchText } from './identity.js';

export interface IdentityRow extends Record<string, unknown> {
  tenant_id: string;
  id: string;
  kind: string;
  email: string;
  user_name: string | null;
  external_id: string | null;
  name: string | null;
  given_name: string | null;
  family_name: string | null;
  department: string | null;
  title: string | null;
  location: string | null;
  timezone: string | null;
  manager_id: string | null;
  owner_id: string | null;
  employment_type: string | null;
  start_date: string | null;
  business_unit_id: string | null;
  privileged: number;
  financial_authority: number;
  scopes: string | null;
  active: number;
  left_at: number | null;
  source: string;
  content_hash: string;
  created_at: number;
  updated_at: number;
}

export function toIdentity(row: IdentityRow): Identity {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    kind: row.kind as IdentityKind,
    email: row.email,
    userName: row.user_name,
    externalId: row.external_id,
    name: row.name,
    givenName: row.given_name,
    familyName: row.family_name,
    department: row.department,
    title: row.title,
    location: row.location,
    timezone: row.timezone,
    managerId: row.manager_id,
    ownerId: row.owner_id,
    employmentType: row.employment_type,
    startDate: row.start_date,
    businessUnitId: row.business_unit_id,
    privileged: row.privileged === 1,
    financialAuthority: row.financial_authority === 1,
    scopes: row.scopes ? (JSON.parse(row.scopes) as string[]) : [],
    active: row.active === 1,
    leftAt: row.left_at,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const columns = [
  'tenant_id',
  'id',
  'kind',
  'email',
  'email_lc',
  'user_name',
  'user_name_lc',
  'external_id',
  'name',
  'given_name',
  'family_name',
  'department',
  'title',
  'location',
  'timezone',
  'manager_id',
  'owner_id',
  'employment_type',
  'start_date',
  'business_unit_id',
  'privileged',
  'financial_authority',
  'scopes',
  'active',
  'left_at',
  'source',
  'content_hash',
  'search_lc',
  'created_at',
  'updated_at',
] as const;

function values(i: Identity, contentHash: string): SqlValue[] {
  return [
    i.tenantId,
    i.id,
    i.kind,
    i.email,
    i.email.toLowerCase(),
    i.userName,
    i.userName?.toLowerCase() ?? null,
    i.externalId,
    i.name,
    i.givenName,
    i.familyName,
    i.department,
    i.title,
    i.location,
    i.timezone,
    i.managerId,
    i.ownerId,
    i.employmentType,
    i.startDate,
    i.businessUnitId,
    i.privileged ? 1 : 0,
    i.financialAuthority ? 1 : 0,
    i.scopes.length ? JSON.stringify(i.scopes) : null,
    i.active ? 1 : 0,
    i.leftAt,
    i.source,
    contentHash,
    searchText(i),
    i.createdAt,
    i.updatedAt,
  ];
}

/** Inserts a new identity or replaces every attribute of an existing one (same tenant and id). */
export async function saveIdentity(
  db: Queryable,
  identity: Identity,
  contentHash: string,
): Promise<void> {
  const updates = columns.filter((c) => c !== 'tenant_id' && c !== 'id' && c !== 'created_at');
  await db.run(
    `INSERT INTO identities (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (tenant_id, id) DO UPDATE SET ${updates.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    values(identity, contentHash),
  );
}

export async function findIdentity(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<Identity | undefined> {
  const row = await db.get<IdentityRow>('SELECT * FROM identities WHERE tenant_id = ? AND id = ?', [
    tenantId,
    id,
  ]);
  return row && toIdentity(row);
}

export async function findIdentityByEmail(
  db: Queryable,
  tenantId: string,
  email: string,
): Promise<Identity | undefined> {
  const row = await db.get<IdentityRow>(
    'SELECT * FROM identities WHERE tenant_id = ? AND email_lc = ?',
    [tenantId, email.toLowerCase()],
  );
  return row && toIdentity(row);
}

export async function findIdentityByUserName(
  db: Queryable,
  tenantId: string,
  userName: string,
): Promise<Identity | undefined> {
  const row = await db.get<IdentityRow>(
    'SELECT * FROM identities WHERE tenant_id = ? AND user_name_lc = ?',
    [tenantId, userName.toLowerCase()],
  );
  return row && toIdentity(row);
}

export interface IdentityKey extends Record<string, unknown> {
  id: string;
  email_lc: string;
  content_hash: string;
  active: number;
  kind: string;
}

/** Every identity's id, email and content hash: what an import needs to tell new from changed. */
export async function listIdentityKeys(db: Queryable, tenantId: string): Promise<IdentityKey[]> {
  return db.all<IdentityKey>(
    'SELECT id, email_lc, content_hash, active, kind FROM identities WHERE tenant_id = ?',
    [tenantId],
  );
}

export async function setLinks(
  db: Queryable,
  tenantId: string,
  id: string,
  links: { managerId: string | null; ownerId: string | null },
): Promise<void> {
  await db.run(
    'UPDATE identities SET manager_id = ?, owner_id = ? WHERE tenant_id = ? AND id = ?',
    [links.managerId, links.ownerId, tenantId, id],
  );
}

/** Marks identities as leavers: inactive from `at`. */
export async function markLeft(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
  at: number,
): Promise<void> {
  for (const id of ids) {
    await db.run(
      'UPDATE identities SET active = 0, left_at = ?, updated_at = ? WHERE tenant_id = ? AND id = ? AND active = 1',
      [at, at, tenantId, id],
    );
  }
}

export async function deleteIdentity(db: Queryable, tenantId: string, id: string): Promise<void> {
  await db.run('DELETE FROM group_members WHERE tenant_id = ? AND identity_id = ?', [tenantId, id]);
  await db.run('DELETE FROM identity_aliases WHERE tenant_id = ? AND identity_id = ?', [
    tenantId,
    id,
  ]);
  await db.run('DELETE FROM identities WHERE tenant_id = ? AND id = ?', [tenantId, id]);
}
