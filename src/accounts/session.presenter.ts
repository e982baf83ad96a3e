import { z } from 'zod';
import { can, permissions, personRoles } from '../auth/roles.js';
import { toIso } from '../http/schemas.js';
import type { TenantMembership } from './membership.repository.js';
import type { Session } from './session.js';
import { idleDeadline } from './session.js';
import type { User } from './user.js';

const scopeSchema = z.object({
  departments: z.array(z.string()).optional(),
  businessUnits: z.array(z.string()).optional(),
});

export const sessionSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    totpEnabled: z.boolean(),
  }),
  tenant: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  role: z.enum(personRoles),
  scope: scopeSchema,
  subjectId: z.string().nullable().describe('The directory identity of a manager or employee'),
  permissions: z.array(z.enum(permissions)).describe('What the role may do in this tenant'),
  tenants: z
    .array(
      z.object({ id: z.string(), slug: z.string(), name: z.string(), role: z.enum(personRoles) }),
    )
    .describe('Every tenant the user may switch to'),
  method: z.enum(['password', 'oidc', 'saml', 'email-link']),
  csrfToken: z
    .string()
    .describe('Send as the x-csrf-token header on every POST, PUT, PATCH, DELETE'),
  expiresAt: z.string().describe('When the session ends however active'),
  idleExpiresAt: z.string().describe('When the session ends without another request'),
});
export type SessionView = z.infer<typeof sessionSchema>;

/** The signed-in person, their current tenant and role, and where they may switch to. */
export function presentSession(
  user: User,
  session: Session,
  memberships: TenantMembership[],
  csrfToken: string,
): SessionView {
  const current = memberships.find((m) => m.tenantId === session.tenantId);
  if (!current) throw new Error('a live session without a membership in its tenant');
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      totpEnabled: user.totpSecret !== null,
    },
    tenant: { id: current.tenantId, slug: current.tenantSlug, name: current.tenantName },
    role: current.role,
    scope: current.scope,
    subjectId: current.subjectId,
    permissions: permissions.filter((p) => can(current.role, p)),
    tenants: memberships.map((m) => ({
      id: m.tenantId,
      slug: m.tenantSlug,
      name: m.tenantName,
      role: m.role,
    })),
    method: session.method,
    csrfToken,
    expiresAt: toIso(session.expiresAt) ?? '',
    idleExpiresAt: toIso(idleDeadline(session)) ?? '',
  };
}
