import type { JsonObject } from './scim.attrs.js';
import { MAX_COUNT } from './scim.list.js';
import { URN } from './scim.urns.js';

/**
 * What /ServiceProviderConfig, /ResourceTypes and /Schemas answer (RFC 7643 §5–7). The schemas
 * list only the attributes the directory keeps; others are accepted and not stored.
 */
export function serviceProviderConfig(base: string): JsonObject {
  return {
    schemas: [URN.serviceProviderConfig],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_COUNT },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'A Bulwark API token of the scim role: "Authorization: Bearer TOKEN"',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

export function resourceTypes(base: string): JsonObject[] {
  const meta = (name: string) => ({
    resourceType: 'ResourceType',
    location: `${base}/ResourceTypes/${name}`,
  });
  return [
    {
      schemas: [URN.resourceType],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A person in the directory',
      schema: URN.user,
      schemaExtensions: [{ schema: URN.enterprise, required: false }],
      meta: meta('User'),
    },
    {
      schemas: [URN.resourceType],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A group of people',
      schema: URN.group,
      meta: meta('Group'),
    },
  ];
}

interface AttrOptions {
  type?: 'string' | 'boolean' | 'complex' | 'dateTime' | 'reference';
  multiValued?: boolean;
  required?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable';
  uniqueness?: 'none' | 'server';
  caseExact?: boolean;
  subAttributes?: JsonObject[];
  referenceTypes?: string[];
}

function attr(name: string, description: string, o: AttrOptions = {}): JsonObject {
  const type = o.type ?? 'string';
  return {
    name,
    type,
    multiValued: o.multiValued ?? false,
    description,
    required: o.required ?? false,
    ...(type === 'string' || type === 'reference' ? { caseExact: o.caseExact ?? false } : {}),
    mutability: o.mutability ?? 'readWrite',
    returned: 'default',
    uniqueness: o.uniqueness ?? 'none',
    ...(o.subAttributes ? { subAttributes: o.subAttributes } : {}),
    ...(o.referenceTypes ? { referenceTypes: o.referenceTypes } : {}),
  };
}

const valueRef = (what: string, mutability: AttrOptions['mutability']) => [
  attr('value', `The id of the ${what}`, { mutability, caseExact: true }),
  attr('$ref', `The URI of the ${what}`, {
    type: 'reference',
    mutability: 'readOnly',
    referenceTypes: [what],
  }),
  attr('display', `The name of the ${what}`, { mutability: 'readOnly' }),
];

const userAttributes = [
  attr('userName', 'Unique name, compared without regard to case', {
    required: true,
    uniqueness: 'server',
  }),
  attr('externalId', "The provisioning client's id", { caseExact: true }),
  attr('name', 'The parts of the name', {
    type: 'complex',
    subAttributes: [
      attr('formatted', 'The full name'),
      attr('givenName', 'Given name'),
      attr('familyName', 'Family name'),
    ],
  }),
  attr('displayName', 'The name to show; kept as the full name'),
  attr('title', 'Job title'),
  attr('userType', 'Kind of employment, e.g. Employee or Contractor'),
  attr('active', 'false for leavers', { type: 'boolean' }),
  attr('timezone', 'IANA time zone'),
  attr('emails', 'The primary or work email is kept (one per user)', {
    multiValued: true,
    type: 'complex',
    subAttributes: [
      attr('value', 'Email address'),
      attr('type', 'work, home…'),
      attr('primary', 'Primary address', { type: 'boolean' }),
    ],
  }),
  attr('addresses', "The primary or work address's locality is kept as the location", {
    multiValued: true,
    type: 'complex',
    subAttributes: [
      attr('locality', 'City'),
      attr('formatted', 'Full address'),
      attr('type', 'work, home…'),
    ],
  }),
  attr('groups', 'Groups the user is in', {
    multiValued: true,
    type: 'complex',
    mutability: 'readOnly',
    subAttributes: valueRef('Group', 'readOnly'),
  }),
];

const enterpriseAttributes = [
  attr('department', 'Department'),
  attr('manager', "The user's manager", {
    type: 'complex',
    subAttributes: valueRef('User', 'readWrite'),
  }),
];

const groupAttributes = [
  attr('displayName', 'Unique name, compared without regard to case', {
    required: true,
    uniqueness: 'server',
  }),
  attr('externalId', "The provisioning client's id", { caseExact: true }),
  attr('members', 'The people in the group (groups do not nest)', {
    multiValued: true,
    type: 'complex',
    subAttributes: valueRef('User', 'immutable'),
  }),
];

export function schemas(base: string): JsonObject[] {
  const schema = (id: string, name: string, attributes: JsonObject[]) => ({
    schemas: [URN.schema],
    id,
    name,
    description: `${name} as Bulwark keeps it`,
    attributes,
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${id}` },
  });
  return [
    schema(URN.user, 'User', userAttributes),
    schema(URN.enterprise, 'EnterpriseUser', enterpriseAttributes),
    schema(URN.group, 'Group', groupAttributes),
  ];
}
