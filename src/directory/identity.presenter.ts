import { z } from 'zod';
import { toIso } from '../http/schemas.js';
import type { Group } from './group.repository.js';
import type { Identity } from './identity.js';

export const identitySchema = z.object({
  id: z.string(),
  kind: z.enum(['person', 'agent']),
  email: z.string(),
  userName: z.string().nullable(),
  name: z.string().nullable(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  timezone: z.string().nullable(),
  managerId: z.string().nullable(),
  ownerId: z.string().nullable(),
  employmentType: z.string().nullable(),
  startDate: z.string().nullable(),
  businessUnitId: z.string().nullable(),
  privileged: z.boolean(),
  financialAuthority: z.boolean(),
  scopes: z.array(z.string()),
  active: z.boolean(),
  leftAt: z.string().nullable(),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IdentityView = z.infer<typeof identitySchema>;

/** The public shape of an identity: only these fields ever leave the server. */
export function presentIdentity(i: Identity): IdentityView {
  return {
    id: i.id,
    kind: i.kind,
    email: i.email,
    userName: i.userName,
    name: i.name,
    department: i.department,
    title: i.title,
    location: i.location,
    timezone: i.timezone,
    managerId: i.managerId,
    ownerId: i.ownerId,
    employmentType: i.employmentType,
    startDate: i.startDate,
    businessUnitId: i.businessUnitId,
    privileged: i.privileged,
    financialAuthority: i.financialAuthority,
    scopes: i.scopes,
    active: i.active,
    leftAt: toIso(i.leftAt),
    source: i.source,
    createdAt: toIso(i.createdAt) ?? '',
    updatedAt: toIso(i.updatedAt) ?? '',
  };
}

const linkSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string().nullable() })
  .nullable();

export const identityDetailSchema = identitySchema.extend({
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  manager: linkSchema,
  owner: linkSchema,
});

export function presentLink(i: Identity | undefined): z.infer<typeof linkSchema> {
  return i ? { id: i.id, email: i.email, name: i.name } : null;
}

export function presentGroups(groups: Group[]): { id: string; name: string }[] {
  return groups.map((g) => ({ id: g.id, name: g.name }));
}
