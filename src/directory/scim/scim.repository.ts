import type { Queryable, SqlValue } from '../../storage/db.js';
import type { Group, GroupRow } from '../group.repository.js';
import { toGroup } from '../group.repository.js';
import type { Identity } from '../identity.js';
import type { IdentityRow } from '../identity.repository.js';
import { toIdentity } from '../identity.repository.js';
import type { SqlCondition } from './scim.filter-sql.js';
import type { MemberRef } from './scim.group.js';
import type { GroupRef } from './scim.user-present.js';

/** SCIM Users are the tenant's people; agents are not provisioned by an identity provider. */
const PERSON = "i.kind = 'person'";

export interface Page<T> {
  total: number;
  items: T[];
}

/**
 * One page of people matching a filter. Ordered by creation and then id, so that a client
 * paging with startIndex sees each person once while others are added (they come last).
 */
export async function listUserPage(
  db: Queryable,
  tenantId: string,
  where: SqlCondition,
  offset: number,
  limit: number,
): Promise<Page<Identity>> {
  const from = `FROM identities i WHERE i.tenant_id = ? AND ${PERSON} AND ${where.sql}`;
  const params: SqlValue[] = [tenantId, ...where.params];
  const count = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n ${from}`, params);
  const rows = limit
    ? await db.all<IdentityRow>(`SELECT i.* ${from} ORDER BY i.created_at, i.id LIMIT ? OFFSET ?`, [
        ...params,
        limit,
        offset,
      ])
    : [];
  return { total: Number(count?.n ?? 0), items: rows.map(toIdentity) };
}

export async function findPerson(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<Identity | undefined> {
  const row = await db.get<IdentityRow>(
    `SELECT i.* FROM identities i WHERE i.tenant_id = ? AND i.id = ? AND ${PERSON}`,
    [tenantId, id],
  );
  return row && toIdentity(row);
}

/** Who holds a userName, ignoring case; an identity without one holds its email as userName. */
export async function findUserNameOwner(
  db: Queryable,
  tenantId: string,
  userName: string,
): Promise<Identity | undefined> {
  const lc = userName.toLowerCase();
  const row = await db.get<IdentityRow>(
    `SELECT * FROM identities WHERE tenant_id = ?
        AND (user_name_lc = ? OR (user_name_lc IS NULL AND email_lc = ?))`,
    [tenantId, lc, lc],
  );
  return row && toIdentity(row);
}

/** Clears manager and owner links to an identity that is being deleted. */
export async function clearLinksTo(db: Queryable, tenantId: string, id: string): Promise<void> {
  await db.run('UPDATE identities SET manager_id = NULL WHERE tenant_id = ? AND manager_id = ?', [
    tenantId,
    id,
  ]);
  await db.run('UPDATE identities SET owner_id = NULL WHERE tenant_id = ? AND owner_id = ?', [
    tenantId,
    id,
  ]);
}

/** Runs `query` over `ids` in chunks that stay well below the engines' parameter limits. */
async function inChunks<T>(
  ids: readonly string[],
  query: (chunk: string[], marks: string) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(...(await query(chunk, chunk.map(() => '?').join(', '))));
  }
  return out;
}

/** The groups of each of the given people. */
export async function groupsOfUsers(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, GroupRef[]>> {
  const rows = await inChunks(ids, (chunk, marks) =>
    db.all<{ identity_id: string; id: string; name: string }>(
      `SELECT m.identity_id, g.id, g.name FROM group_members m
         JOIN groups g ON g.tenant_id = m.tenant_id AND g.id = m.group_id
        WHERE m.tenant_id = ? AND m.identity_id IN (${marks}) ORDER BY g.name_lc`,
      [tenantId, ...chunk],
    ),
  );
  const byUser = new Map<string, GroupRef[]>(ids.map((id) => [id, []]));
  for (const r of rows) byUser.get(r.identity_id)?.push({ id: r.id, name: r.name });
  return byUser;
}

/** Which of these ids are people of the tenant. */
export async function existingPersonIds(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await inChunks(ids, (chunk, marks) =>
    db.all<{ id: string }>(
      `SELECT i.id FROM identities i WHERE i.tenant_id = ? AND ${PERSON} AND i.id IN (${marks})`,
      [tenantId, ...chunk],
    ),
  );
  return new Set(rows.map((r) => r.id));
}

/** One page of groups matching a filter, in creation order. */
export async function listGroupPage(
  db: Queryable,
  tenantId: string,
  where: SqlCondition,
  offset: number,
  limit: number,
): Promise<Page<Group>> {
  const from = `FROM groups g WHERE g.tenant_id = ? AND ${where.sql}`;
  const params: SqlValue[] = [tenantId, ...where.params];
  const count = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n ${from}`, params);
  const rows = limit
    ? await db.all<GroupRow>(`SELECT g.* ${from} ORDER BY g.created_at, g.id LIMIT ? OFFSET ?`, [
        ...params,
        limit,
        offset,
      ])
    : [];
  return { total: Number(count?.n ?? 0), items: rows.map(toGroup) };
}

/**
 * The people in each group, shown by name or email. Agents may be members of groups imported
 * from CSV; SCIM neither shows nor changes them.
 */
export async function personMembersOf(
  db: Queryable,
  tenantId: string,
  groupIds: readonly string[],
): Promise<Map<string, MemberRef[]>> {
  const rows = await inChunks(groupIds, (chunk, marks) =>
    db.all<{ group_id: string; id: string; name: string | null; email: string }>(
      `SELECT m.group_id, i.id, i.name, i.email FROM group_members m
         JOIN identities i ON i.tenant_id = m.tenant_id AND i.id = m.identity_id
        WHERE m.tenant_id = ? AND m.group_id IN (${marks}) AND ${PERSON}
        ORDER BY i.created_at, i.id`,
      [tenantId, ...chunk],
    ),
  );
  const byGroup = new Map<string, MemberRef[]>(groupIds.map((id) => [id, []]));
  for (const r of rows) byGroup.get(r.group_id)?.push({ id: r.id, display: r.name ?? r.email });
  return byGroup;
}

export async function personMemberIds(
  db: Queryable,
  tenantId: string,
  groupId: string,
): Promise<string[]> {
  const rows = await db.all<{ id: string }>(
    `SELECT i.id FROM group_members m
       JOIN identities i ON i.tenant_id = m.tenant_id AND i.id = m.identity_id
      WHERE m.tenant_id = ? AND m.group_id = ? AND ${PERSON} ORDER BY i.created_at, i.id`,
    [tenantId, groupId],
  );
  return rows.map((r) => r.id);
}
