import { toIso } from '../../http/schemas.js';
import type { Group } from '../group.repository.js';
import type { JsonObject } from './scim.attrs.js';
import { getAttr, isObject } from './scim.attrs.js';
import { Problems, resourceBody, text } from './scim.read.js';
import { URN } from './scim.urns.js';

export interface ScimGroupFields {
  displayName: string;
  externalId: string | null;
  /** Member identity ids in order, or undefined when the body does not mention members. */
  members: string[] | undefined;
}

/** Reads a Group resource; members must be Users (the directory has no nested groups). */
export function readGroup(body: unknown): ScimGroupFields {
  const doc = resourceBody(body, URN.group);
  const problems = new Problems();
  const displayName = text(doc, 'displayName', 'displayName', problems);
  if (!displayName) problems.add('displayName', 'is required');
  const fields: ScimGroupFields = {
    displayName: displayName ?? '',
    externalId: text(doc, 'externalId', 'externalId', problems),
    members: readMembers(doc, problems),
  };
  problems.throwIfAny();
  return fields;
}

function readMembers(doc: JsonObject, problems: Problems): string[] | undefined {
  const raw = getAttr(doc, 'members');
  if (raw === undefined) return undefined;
  if (raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.add('members', 'must be an array');
    return [];
  }
  const ids: string[] = [];
  raw.forEach((item: unknown, i) => {
    const path = `members[${i}]`;
    if (!isObject(item)) return problems.add(path, 'must be an object with a value');
    const type = getAttr(item, 'type');
    if (typeof type === 'string' && type.toLowerCase() !== 'user')
      problems.add(`${path}.type`, 'only Users can be members: groups do not nest');
    const id = text(item, 'value', `${path}.value`, problems);
    if (!id) problems.add(`${path}.value`, 'is required');
    else if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

export interface MemberRef {
  id: string;
  display: string;
}

/** A group as a SCIM Group; `members` undefined leaves the attribute out (excludedAttributes). */
export function presentGroup(
  g: Group,
  members: readonly MemberRef[] | undefined,
  base: string,
): JsonObject {
  const doc: JsonObject = { schemas: [URN.group], id: g.id };
  if (g.externalId) doc.externalId = g.externalId;
  doc.displayName = g.name;
  if (members)
    doc.members = members.map((m) => ({
      value: m.id,
      display: m.display,
      type: 'User',
      $ref: `${base}/Users/${m.id}`,
    }));
  doc.meta = {
    resourceType: 'Group',
    created: toIso(g.createdAt),
    lastModified: toIso(g.updatedAt),
    location: `${base}/Groups/${g.id}`,
  };
  return doc;
}
