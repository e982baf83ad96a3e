import { canonicalJson, contentId, newId } from '../../shared/ids.js';
import type { Db, Queryable } from '../../storage/db.js';
import { linkWaitingEvents, replaceAliases, resolveAliases } from '../alias.repository.js';
import { listGroupsOf } from '../group.repository.js';
import type { Identity } from '../identity.js';
import {
  deleteIdentity,
  findIdentity,
  findIdentityByEmail,
  saveIdentity,
} from '../identity.repository.js';
import { directoryAliases } from '../identity.service.js';
import { badRequest, conflict, isUniqueViolation, notFound } from './scim.errors.js';
import { parseFilter } from './scim.filter.js';
import { userFilterMap } from './scim.filter-maps.js';
import { filterToSql } from './scim.filter-sql.js';
import type { Paging } from './scim.list.js';
import { patchAndRead, readPatchRequest } from './scim.patch.js';
import type { Page } from './scim.repository.js';
import {
  clearLinksTo,
  findPerson,
  findUserNameOwner,
  groupsOfUsers,
  listUserPage,
} from './scim.repository.js';
import type { ScimUserFields } from './scim.user-read.js';
import { readUser, resolveName } from './scim.user-read.js';
import type { GroupRef } from './scim.user-present.js';
import { presentUser } from './scim.user-present.js';
import { URN } from './scim.urns.js';

export const SCIM_SOURCE = 'scim';

export interface UserResult {
  identity: Identity;
  groups: GroupRef[];
  /** Attributes of the request that the directory does not keep. */
  ignored: string[];
}

export async function getUser(db: Queryable, tenantId: string, id: string): Promise<UserResult> {
  const identity = await findPerson(db, tenantId, id);
  if (!identity) throw notFound(`no user ${id}`);
  return { identity, groups: await listGroupsOf(db, tenantId, id), ignored: [] };
}

export async function listUsers(
  db: Queryable,
  tenantId: string,
  filter: string | undefined,
  paging: Paging,
): Promise<Page<Identity> & { groups: Map<string, GroupRef[]> }> {
  const where = filter
    ? filterToSql(parseFilter(filter), userFilterMap)
    : { sql: '1 = 1', params: [] };
  const page = await listUserPage(db, tenantId, where, paging.offset, paging.limit);
  const groups = await groupsOfUsers(
    db,
    tenantId,
    page.items.map((i) => i.id),
  );
  return { ...page, groups };
}

/**
 * Creates a user. A person already in the directory with the same email and no userName (from
 * a CSV import) is taken over rather than refused, so provisioning joins the existing record.
 */
export async function createUser(
  db: Db,
  tenantId: string,
  body: unknown,
  now: number,
): Promise<UserResult> {
  const fields = readUser(body);
  return write(db, async (tx) => {
    if (await findUserNameOwner(tx, tenantId, fields.userName))
      throw conflict(`userName "${fields.userName}" is already taken`);
    const byEmail = await findIdentityByEmail(tx, tenantId, fields.email);
    if (byEmail && (byEmail.kind !== 'person' || byEmail.userName !== null))
      throw conflict(`email "${fields.email}" already belongs to another user`);
    return saveUser(tx, tenantId, fields, byEmail, now);
  });
}

/** PUT: every attribute SCIM maps is replaced; omitted ones are cleared (RFC 7644 §3.5.1). */
export async function replaceUser(
  db: Db,
  tenantId: string,
  id: string,
  body: unknown,
  now: number,
): Promise<UserResult> {
  const fields = readUser(body);
  return write(db, async (tx) => saveExisting(tx, tenantId, id, () => fields, now));
}

/** PATCH: the operations apply to the user as presented, and the result is saved as by PUT. */
export async function patchUser(
  db: Db,
  tenantId: string,
  id: string,
  body: unknown,
  now: number,
): Promise<UserResult> {
  const operations = readPatchRequest(body);
  return write(db, async (tx) =>
    saveExisting(
      tx,
      tenantId,
      id,
      (current) =>
        patchAndRead(presentUser(current, [], ''), operations, [URN.enterprise], readUser),
      now,
    ),
  );
}

/**
 * Deletes a user from the directory with its memberships and aliases, and clears links that
 * name it as a manager or owner. Okta never deletes (it deactivates); Entra may.
 */
export async function deleteUser(db: Db, tenantId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await findPerson(tx, tenantId, id))) throw notFound(`no user ${id}`);
    await clearLinksTo(tx, tenantId, id);
    await deleteIdentity(tx, tenantId, id);
  });
}

/** Runs a write in a transaction; a unique index that catches a racing duplicate means 409. */
async function write<T>(db: Db, work: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('the userName or email is already taken');
    throw error;
  }
}

async function saveExisting(
  tx: Queryable,
  tenantId: string,
  id: string,
  fieldsOf: (current: Identity) => ScimUserFields,
  now: number,
): Promise<UserResult> {
  const current = await findPerson(tx, tenantId, id);
  if (!current) throw notFound(`no user ${id}`);
  const fields = fieldsOf(current);
  const owner = await findUserNameOwner(tx, tenantId, fields.userName);
  if (owner && owner.id !== id) throw conflict(`userName "${fields.userName}" is already taken`);
  const byEmail = await findIdentityByEmail(tx, tenantId, fields.email);
  if (byEmail && byEmail.id !== id)
    throw conflict(`email "${fields.email}" already belongs to another user`);
  return saveUser(tx, tenantId, fields, current, now);
}

async function saveUser(
  tx: Queryable,
  tenantId: string,
  fields: ScimUserFields,
  existing: Identity | undefined,
  now: number,
): Promise<UserResult> {
  const id = existing?.id ?? newId();
  const identity: Identity = {
    ...(existing ?? blank(tenantId, id, now)),
    kind: 'person',
    email: fields.email,
    userName: fields.userName,
    externalId: fields.externalId,
    name: resolveName(fields, existing),
    givenName: fields.givenName,
    familyName: fields.familyName,
    department: fields.department,
    title: fields.title,
    location: fields.location,
    timezone: fields.timezone,
    managerId: await resolveManager(tx, tenantId, fields.managerRef, id),
    employmentType: fields.userType,
    active: fields.active,
    leftAt: fields.active ? null : existing && !existing.active ? (existing.leftAt ?? now) : now,
    source: SCIM_SOURCE,
    updatedAt: now,
  };
  const { ignored, ...kept } = fields;
  await saveIdentity(tx, identity, contentId(canonicalJson(kept)));
  const aliases = directoryAliases(identity);
  await replaceAliases(tx, tenantId, id, aliases, ['id', 'email', 'user_name', 'external_id']);
  await linkWaitingEvents(tx, tenantId, id, aliases);
  return { identity, groups: await listGroupsOf(tx, tenantId, id), ignored };
}

/** The manager named by id, or by another name the directory knows (externalId, userName, email). */
async function resolveManager(
  tx: Queryable,
  tenantId: string,
  ref: string | null,
  selfId: string,
): Promise<string | null> {
  if (!ref) return null;
  const path = `${URN.enterprise}:manager.value`;
  const direct = await findIdentity(tx, tenantId, ref);
  const id =
    direct?.id ?? (await resolveAliases(tx, tenantId, [ref.toLowerCase()])).get(ref.toLowerCase());
  if (!id) throw badRequest('invalidValue', `${path}: no user "${ref}" in the directory`);
  if (id === selfId)
    throw badRequest('invalidValue', `${path}: a user cannot be their own manager`);
  return id;
}

function blank(tenantId: string, id: string, now: number): Identity {
  return {
    tenantId,
    id,
    kind: 'person',
    email: '',
    userName: null,
    externalId: null,
    name: null,
    givenName: null,
    familyName: null,
    department: null,
    title: null,
    location: null,
    timezone: null,
    managerId: null,
    ownerId: null,
    employmentType: null,
    startDate: null,
    businessUnitId: null,
    privileged: false,
    financialAuthority: false,
    scopes: [],
    active: true,
    leftAt: null,
    source: SCIM_SOURCE,
    createdAt: now,
    updatedAt: now,
  };
}
