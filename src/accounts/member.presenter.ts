import { z } from 'zod';
import { personRoles } from '../auth/roles.js';
import { toIso } from '../http/schemas.js';
import type { Member } from './membership.repository.js';

export const memberSchema = z.object({
  id: z.string().describe('The user id'),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(personRoles),
  scope: z.object({
    departments: z.array(z.string()).optional(),
    businessUnits: z.array(z.string()).optional(),
  }),
  subjectId: z.string().nullable(),
  signIn: z.object({ password: z.boolean(), totp: z.boolean() }),
  addedAt: z.string(),
  updatedAt: z.string(),
});

/** A member of the tenant; never the password hash or TOTP secret. */
export function presentMember(m: Member): z.infer<typeof memberSchema> {
  return {
    id: m.userId,
    email: m.email,
    name: m.name,
    role: m.role,
    scope: m.scope,
    subjectId: m.subjectId,
    signIn: { password: m.hasPassword, totp: m.totpEnabled },
    addedAt: toIso(m.createdAt) ?? '',
    updatedAt: toIso(m.updatedAt) ?? '',
  };
}
