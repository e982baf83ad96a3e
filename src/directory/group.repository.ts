import { newId } from '../shared/ids.js';
import type { Queryable } from '../storage/db.js';

export interface Group {
  tenantId: string;
  id: string;
  name: string;
  externalId: string | null;
  source: string;
  createdAt: number;
  updatedAt: number;
}

export interface GroupRow extends Record<string, unknown> {
  tenant_id: string;
  id: string;
  name: string;
  external_id: string | null;
  source: string;
  created_at: number;
  updated_at: number;
}

export function toGroup(row: GroupRow): Group {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    name: row.name,
    externalId: row.external_id,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findGroup(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<Group | undefined> {
  const row = await db.get<GroupRow>('SELECT * FROM groups WHERE tenant_id = ? AND id = ?', [
    tenantId,
    id,
  ]);
  return row && toGroup(row);
}

export async function findGroupByName(
  db: Queryable,
  tenantId: string,
  name: string,
): Promise<Group | undefined> {
  const row = await db.get<GroupRow>('SELECT * FROM groups WHERE tenant_id = ? AND name_lc = ?', [
    tenantId,
    name.toLowerCase(),
  ]);
  return row && toGroup(row);
}

export async function saveGroup(db: Queryable, group: Group): Promise<void> {
  await db.run(
    `INSERT INTO groups (tenant_id, id, name, name_lc, external_id, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, name_lc = excluded.name_lc,
       external_id = excluded.external_id, source = excluded.source, updated_at = excluded.updated_at`,
    [
      group.tenantId,
      group.id,
      group.name,
      group.name.toLowerCase(),
      group.externalId,
      group.source,
      group.createdAt,
      group.updatedAt,
    ],
  );
}

/** Finds a group by name or creates it; imports name groups rather than giving ids. */
export async function ensureGroup(
  db: Queryable,
  tenantId: string,
  name: string,
  source: string,
  now: number,
): Promise<Group> {
  const existing = await findGroupByName(db, tenantId, name);
  if (existing) return existing;
  const group: Group = {
    tenantId,
    id: newId(),
    name,
    externalId: null,
    source,
    createdAt: now,
    updatedAt: now,
  };
  await saveGroup(db, group);
  return group;
}

export async function deleteGroup(db: Queryable, tenantId: string, id: string): Promise<void> {
  await db.run('DELETE FROM group_members WHERE tenant_id = ? AND group_id = ?', [tenantId, id]);
  await db.run('DELETE FROM groups WHERE tenant_id = ? AND id = ?', [tenantId, id]);
}

export async function listGroupsOf(
  db: Queryable,
  tenantId: string,
  identityId: string,
): Promise<Group[]> {
  const rows = await db.all<GroupRow>(
    `SELECT g.* FROM groups g JOIN group_members m ON m.tenant_id = g.tenant_id AND m.group_id = g.id
      WHERE m.tenant_id = ? AND m.identity_id = ? ORDER BY g.name_lc`,
    [tenantId, identityId],
  );
  return rows.map(toGroup);
}

export async function listMemberIds(
  db: Queryable,
  tenantId: string,
  groupId: string,
): Promise<string[]> {
  const rows = await db.all<{ identity_id: string }>(
    'SELECT identity_id FROM group_members WHERE tenant_id = ? AND group_id = ? ORDER BY identity_id',
    [tenantId, groupId],
  );
  return rows.map((r) => r.identity_id);
}

export async function addMember(
  db: Queryable,
  tenantId: string,
  groupId: string,
  identityId: string,
): Promise<void> {
  await db.run(
    `INSERT INTO group_members (tenant_id, group_id, identity_id) VALUES (?, ?, ?)
     ON CONFLICT (tenant_id, group_id, identity_id) DO NOTHING`,
    [tenantId, groupId, identityId],
  );
}

export async function removeMember(
  db: Queryable,
  tenantId: string,
  groupId: string,
  identityId: string,
): Promise<void> {
  await db.run(
    'DELETE FROM group_members WHERE tenant_id = ? AND group_id = ? AND identity_id = ?',
    [tenantId, groupId, identityId],
  );
}

/** Makes an identity a member of exactly these groups, by name, creating groups as needed. */
export async function setMembershipsByName(
  db: Queryable,
  tenantId: string,
  identityId: string,
  names: readonly string[],
  source: string,
  now: number,
): Promise<void> {
  await db.run('DELETE FROM group_members WHERE tenant_id = ? AND identity_id = ?', [
    tenantId,
    identityId,
  ]);
  for (const name of names) {
    const group = await ensureGroup(db, tenantId, name, source, now);
    await addMember(db, tenantId, group.id, identityId);
  }
}
