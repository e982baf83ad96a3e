import { canonicalJson, contentId, newId } from '../shared/ids.js';
import type { Queryable } from '../storage/db.js';
import type { Alias } from './alias.repository.js';
import { linkWaitingEvents, replaceAliases } from './alias.repository.js';
import { ensureBusinessUnit } from './business-unit.repository.js';
import { setMembershipsByName } from './group.repository.js';
import type { Identity, IdentityInput } from './identity.js';
import { saveIdentity } from './identity.repository.js';

/** A stable hash of what an input sets, so that re-importing an unchanged row changes nothing. */
export function inputHash(input: IdentityInput): string {
  return contentId(canonicalJson({ ...input, email: input.email.toLowerCase() }));
}

export interface SaveResult {
  identity: Identity;
  created: boolean;
  linkedEvents: number;
}

/**
 * Creates or updates one identity from an input, sets its business unit, group memberships and
 * aliases, and links events that were waiting for it. Manager and owner links are set separately
 * because they may name identities later in the same import.
 */
export async function applyIdentityInput(
  db: Queryable,
  tenantId: string,
  input: IdentityInput,
  existing: Identity | undefined,
  source: string,
  now: number,
): Promise<SaveResult> {
  const businessUnitId = input.businessUnit
    ? await ensureBusinessUnit(db, tenantId, input.businessUnit)
    : null;
  const identity: Identity = {
    tenantId,
    id: existing?.id ?? newId(),
    kind: input.kind,
    email: input.email,
    userName: input.userName ?? existing?.userName ?? null,
    externalId: input.externalId ?? existing?.externalId ?? null,
    name: input.name ?? null,
    givenName: input.givenName ?? existing?.givenName ?? null,
    familyName: input.familyName ?? existing?.familyName ?? null,
    department: input.department ?? null,
    title: input.title ?? null,
    location: input.location ?? null,
    timezone: input.timezone ?? null,
    managerId: existing?.managerId ?? null,
    ownerId: existing?.ownerId ?? null,
    employmentType: input.employmentType ?? null,
    startDate: input.startDate ?? null,
    businessUnitId,
    privileged: input.privileged ?? false,
    financialAuthority: input.financialAuthority ?? false,
    scopes: input.scopes ?? [],
    active: input.active ?? true,
    leftAt: input.active === false ? (existing?.leftAt ?? now) : null,
    source,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await saveIdentity(db, identity, inputHash(input));
  if (input.groups)
    await setMembershipsByName(db, tenantId, identity.id, input.groups, source, now);
  const aliases = directoryAliases(identity);
  await replaceAliases(db, tenantId, identity.id, aliases, [
    'id',
    'email',
    'user_name',
    'external_id',
  ]);
  const linkedEvents = await linkWaitingEvents(db, tenantId, identity.id, aliases);
  return { identity, created: !existing, linkedEvents };
}

/** The names the directory itself knows an identity by. */
export function directoryAliases(identity: Identity): Alias[] {
  const aliases: Alias[] = [
    { alias: identity.id, kind: 'id' },
    { alias: identity.email, kind: 'email' },
  ];
  if (identity.userName && identity.userName.toLowerCase() !== identity.email.toLowerCase())
    aliases.push({ alias: identity.userName, kind: 'user_name' });
  if (identity.externalId) aliases.push({ alias: identity.externalId, kind: 'external_id' });
  return aliases;
}
