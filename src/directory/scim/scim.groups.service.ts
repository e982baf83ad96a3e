import { newId } from '../../shared/ids.js';
import type { Db, Queryable } from '../../storage/db.js';
import type { Group } from '../group.repository.js';
import {
  addMember,
  deleteGroup,
  findGroup,
  findGroupByName,
  removeMember,
  saveGroup,
} from '../group.repository.js';
import { badRequest, conflict, isUniqueViolation, notFound } from './scim.errors.js';
import { parseFilter } from './scim.filter.js';
import { groupFilterMap } from './scim.filter-maps.js';
import { filterToSql } from './scim.filter-sql.js';
import type { MemberRef, ScimGroupFields } from './scim.group.js';
import { presentGroup, readGroup } from './scim.group.js';
import type { Paging } from './scim.list.js';
import type { PatchOperation } from './scim.patch.js';
import { applyOperation, patchAndRead, readPatchRequest } from './scim.patch.js';
import type { Page } from './scim.repository.js';
import {
  existingPersonIds,
  listGroupPage,
  personMemberIds,
  personMembersOf,
} from './scim.repository.js';
import { SCIM_SOURCE } from './scim.users.service.js';

export interface GroupResult {
  group: Group;
  /** Undefined when the caller asked not to load members. */
  members: MemberRef[] | undefined;
}

export async function getGroup(
  db: Queryable,
  tenantId: string,
  id: string,
  withMembers: boolean,
): Promise<GroupResult> {
  const group = await findGroup(db, tenantId, id);
  if (!group) throw notFound(`no group ${id}`);
  const members = withMembers ? (await personMembersOf(db, tenantId, [id])).get(id) : undefined;
  return { group, members };
}

export async function listGroups(
  db: Queryable,
  tenantId: string,
  filter: string | undefined,
  paging: Paging,
  withMembers: boolean,
): Promise<Page<GroupResult>> {
  const where = filter
    ? filterToSql(parseFilter(filter), groupFilterMap)
    : { sql: '1 = 1', params: [] };
  const page = await listGroupPage(db, tenantId, where, paging.offset, paging.limit);
  const members = withMembers
    ? await personMembersOf(
        db,
        tenantId,
        page.items.map((g) => g.id),
      )
    : undefined;
  return {
    total: page.total,
    items: page.items.map((group) => ({ group, members: members?.get(group.id) })),
  };
}

export async function createGroup(
  db: Db,
  tenantId: string,
  body: unknown,
  now: number,
): Promise<GroupResult> {
  const fields = readGroup(body);
  return write(db, async (tx) => {
    await assertNameFree(tx, tenantId, fields.displayName, undefined);
    const group: Group = {
      tenantId,
      id: newId(),
      name: fields.displayName,
      externalId: fields.externalId,
      source: SCIM_SOURCE,
      createdAt: now,
      updatedAt: now,
    };
    await saveGroup(tx, group);
    await setMembers(tx, tenantId, group.id, fields.members ?? [], () => 'members');
    return getGroup(tx, tenantId, group.id, true);
  });
}

/** PUT: name and externalId are replaced; members too when the body lists them. */
export async function replaceGroup(
  db: Db,
  tenantId: string,
  id: string,
  body: unknown,
  now: number,
): Promise<GroupResult> {
  const fields = readGroup(body);
  return write(db, async (tx) => {
    await saveExisting(tx, tenantId, id, () => fields, now);
    return getGroup(tx, tenantId, id, true);
  });
}

/** PATCH: the operations apply to the group with its members; answered with 204. */
export async function patchGroup(
  db: Db,
  tenantId: string,
  id: string,
  body: unknown,
  now: number,
): Promise<void> {
  const operations = readPatchRequest(body);
  await write(db, (tx) =>
    saveExisting(
      tx,
      tenantId,
      id,
      (group, members) => {
        const doc = presentGroup(
          group,
          members.map((m) => ({ id: m, display: '' })),
          '',
        );
        const fields = patchAndRead(doc, operations, [], readGroup);
        return { ...fields, members: fields.members ?? [] };
      },
      now,
      operations,
    ),
  );
}

export async function removeGroup(db: Db, tenantId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await findGroup(tx, tenantId, id))) throw notFound(`no group ${id}`);
    await deleteGroup(tx, tenantId, id);
  });
}

async function write<T>(db: Db, work: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('the displayName is already taken');
    throw error;
  }
}

async function assertNameFree(
  tx: Queryable,
  tenantId: string,
  name: string,
  self: string | undefined,
) {
  const holder = await findGroupByName(tx, tenantId, name);
  if (holder && holder.id !== self) throw conflict(`displayName "${name}" is already taken`);
}

async function saveExisting(
  tx: Queryable,
  tenantId: string,
  id: string,
  fieldsOf: (group: Group, memberIds: string[]) => ScimGroupFields,
  now: number,
  operations?: readonly PatchOperation[],
): Promise<void> {
  const group = await findGroup(tx, tenantId, id);
  if (!group) throw notFound(`no group ${id}`);
  const current = await personMemberIds(tx, tenantId, id);
  const fields = fieldsOf(group, current);
  await assertNameFree(tx, tenantId, fields.displayName, id);
  await saveGroup(tx, {
    ...group,
    name: fields.displayName,
    externalId: fields.externalId,
    updatedAt: now,
  });
  if (!fields.members) return;
  const blame = operations
    ? (member: string) => introducedBy(group, current, operations, member)
    : () => 'members';
  await setMembers(tx, tenantId, id, fields.members, blame, current);
}

/**
 * Makes the group's people exactly `next`, adding and removing only the difference. Every new
 * member must be a person of the tenant; `blame` says where an unknown one came from.
 */
async function setMembers(
  tx: Queryable,
  tenantId: string,
  groupId: string,
  next: readonly string[],
  blame: (member: string) => string,
  current: readonly string[] = [],
): Promise<void> {
  const had = new Set(current);
  const wanted = new Set(next);
  const added = next.filter((m) => !had.has(m));
  const known = await existingPersonIds(tx, tenantId, added);
  const unknown = added.filter((m) => !known.has(m));
  if (unknown.length)
    throw badRequest(
      'invalidValue',
      unknown.map((m) => `${blame(m)}: no user "${m}" in the directory`).join('; '),
    );
  for (const m of added) await addMember(tx, tenantId, groupId, m);
  for (const m of current) if (!wanted.has(m)) await removeMember(tx, tenantId, groupId, m);
}

/** The first PATCH operation after which `member` is in the group. */
function introducedBy(
  group: Group,
  current: readonly string[],
  operations: readonly PatchOperation[],
  member: string,
): string {
  const doc = presentGroup(
    group,
    current.map((id) => ({ id, display: '' })),
    '',
  );
  for (const operation of operations) {
    applyOperation(doc, operation, []);
    if (readGroupMembers(doc).includes(member)) return `${operation.where}.value`;
  }
  return 'members';
}

function readGroupMembers(doc: Record<string, unknown>): string[] {
  try {
    return readGroup(doc).members ?? [];
  } catch {
    return [];
  }
}
