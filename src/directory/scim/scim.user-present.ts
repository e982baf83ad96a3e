import { toIso } from '../../http/schemas.js';
import type { Identity } from '../identity.js';
import type { JsonObject } from './scim.attrs.js';
import { URN } from './scim.urns.js';

export interface GroupRef {
  id: string;
  name: string;
}

/** Drops unassigned attributes: SCIM omits them rather than sending null (RFC 7643 §2.5). */
function compact(obj: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * An identity as a SCIM User. The directory keeps one email, shown as the primary work
 * address; an identity without a userName is known by its email.
 */
export function presentUser(i: Identity, groups: readonly GroupRef[], base: string): JsonObject {
  const location = `${base}/Users/${i.id}`;
  const name = compact({ formatted: i.name, givenName: i.givenName, familyName: i.familyName });
  const enterprise = compact({
    department: i.department,
    manager: i.managerId ? { value: i.managerId, $ref: `${base}/Users/${i.managerId}` } : null,
  });
  return compact({
    schemas: [URN.user, URN.enterprise],
    id: i.id,
    externalId: i.externalId,
    userName: i.userName ?? i.email,
    name: Object.keys(name).length ? name : null,
    displayName: i.name,
    title: i.title,
    userType: i.employmentType,
    active: i.active,
    emails: [{ value: i.email, type: 'work', primary: true }],
    timezone: i.timezone,
    addresses: i.location ? [{ type: 'work', locality: i.location, primary: true }] : null,
    groups: groups.map((g) => ({ value: g.id, display: g.name, $ref: `${base}/Groups/${g.id}` })),
    [URN.enterprise]: Object.keys(enterprise).length ? enterprise : null,
    meta: {
      resourceType: 'User',
      created: toIso(i.createdAt),
      lastModified: toIso(i.updatedAt),
      location,
    },
  });
}
