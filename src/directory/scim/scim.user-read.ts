import { isEmail, isTimeZone } from '../identity.js';
import type { JsonObject } from './scim.attrs.js';
import { getAttr } from './scim.attrs.js';
import { Problems, bool, complex, pickValue, resourceBody, text } from './scim.read.js';
import { URN } from './scim.urns.js';

/**
 * What the directory keeps of a SCIM User. Attributes it has no column for (phone numbers,
 * roles, password, employeeNumber, costCenter…) are accepted and not stored; `ignored` lists
 * them so that the route can log them.
 */
export interface ScimUserFields {
  userName: string;
  email: string;
  externalId: string | null;
  /** `displayName`, else `name.formatted`. */
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  title: string | null;
  userType: string | null;
  active: boolean;
  timezone: string | null;
  location: string | null;
  department: string | null;
  /** `manager.value` of the enterprise extension: an id, externalId, userName or email. */
  managerRef: string | null;
  ignored: string[];
}

const KEPT = new Set([
  'schemas',
  'id',
  'meta',
  'groups',
  'externalid',
  'username',
  'name',
  'displayname',
  'title',
  'usertype',
  'active',
  'emails',
  'timezone',
  'addresses',
  URN.enterprise.toLowerCase(),
]);

/** Reads a User resource (a POST or PUT body, or the result of a PATCH); 400 on bad values. */
export function readUser(body: unknown): ScimUserFields {
  const doc = resourceBody(body, URN.user);
  const problems = new Problems();
  const userName = text(doc, 'userName', 'userName', problems);
  if (!userName) problems.add('userName', 'is required');
  const name = complex(doc, 'name', 'name', problems);
  const enterprise = complex(doc, URN.enterprise, URN.enterprise, problems);
  const fields: ScimUserFields = {
    userName: userName ?? '',
    email: readEmail(doc, userName, problems),
    externalId: text(doc, 'externalId', 'externalId', problems),
    displayName:
      text(doc, 'displayName', 'displayName', problems) ??
      text(name, 'formatted', 'name.formatted', problems),
    givenName: text(name, 'givenName', 'name.givenName', problems),
    familyName: text(name, 'familyName', 'name.familyName', problems),
    title: text(doc, 'title', 'title', problems),
    userType: text(doc, 'userType', 'userType', problems),
    active: bool(doc, 'active', true, problems),
    timezone: readTimezone(doc, problems),
    location: readLocation(doc, problems),
    department: text(enterprise, 'department', `${URN.enterprise}:department`, problems),
    managerRef: readManager(enterprise, problems),
    ignored: Object.keys(doc).filter((k) => !KEPT.has(k.toLowerCase())),
  };
  problems.throwIfAny();
  return fields;
}

/** The primary or work email; without one, a userName that is an email address. */
function readEmail(doc: JsonObject, userName: string | null, problems: Problems): string {
  const picked = pickValue(doc, 'emails', 'work', problems);
  if (!picked) {
    if (userName && isEmail(userName)) return userName;
    if (userName)
      problems.add(
        'emails',
        'give a primary or work email, or a userName that is an email address',
      );
    return '';
  }
  const path = `${picked.path}.value`;
  const email = text(picked.item, 'value', path, problems);
  if (!email) problems.add(path, 'is required');
  else if (!isEmail(email)) problems.add(path, `"${email}" is not an email address`);
  return email ?? '';
}

function readTimezone(doc: JsonObject, problems: Problems): string | null {
  const tz = text(doc, 'timezone', 'timezone', problems);
  if (tz && !isTimeZone(tz)) problems.add('timezone', `"${tz}" is not an IANA time zone`);
  return tz;
}

/** The primary or work address's locality (city), else its formatted text. */
function readLocation(doc: JsonObject, problems: Problems): string | null {
  const picked = pickValue(doc, 'addresses', 'work', problems);
  if (!picked) return null;
  return (
    text(picked.item, 'locality', `${picked.path}.locality`, problems) ??
    text(picked.item, 'formatted', `${picked.path}.formatted`, problems)
  );
}

/** Entra sends the manager as a bare id in PATCH values, others as `{ value }`. */
function readManager(enterprise: JsonObject | undefined, problems: Problems): string | null {
  const path = `${URN.enterprise}:manager`;
  const raw = enterprise ? getAttr(enterprise, 'manager') : undefined;
  if (typeof raw === 'string') return text(enterprise, 'manager', path, problems);
  const manager = complex(enterprise, 'manager', path, problems);
  return text(manager, 'value', `${path}.value`, problems);
}

/** The name parts joined, as the directory shows a person whose name was not given whole. */
export function joinName(given: string | null, family: string | null): string | null {
  return [given, family].filter(Boolean).join(' ') || null;
}

/**
 * The name to keep. A name that was only ever the given and family names joined follows them
 * when a PATCH changes a part; a name given whole stays as given.
 */
export function resolveName(
  fields: Pick<ScimUserFields, 'displayName' | 'givenName' | 'familyName'>,
  previous?: { name: string | null; givenName: string | null; familyName: string | null },
): string | null {
  const joined = joinName(fields.givenName, fields.familyName);
  if (!fields.displayName) return joined;
  const wasJoined =
    previous?.name != null &&
    previous.name === joinName(previous.givenName, previous.familyName) &&
    fields.displayName === previous.name;
  return wasJoined ? joined : fields.displayName;
}
