import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors, toIso } from '../http/schemas.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/errors.js';
import { roles } from './roles.js';
import type { ApiToken } from './token.repository.js';
import { listTokens, revokeToken } from './token.repository.js';
import { createToken } from './token.service.js';

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  subjectId: z.string().nullable(),
  scope: z.object({
    departments: z.array(z.string()).optional(),
    businessUnits: z.array(z.string()).optional(),
  }),
  prefix: z.string().describe('The first characters of the token, to recognise it'),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** Never includes the token's secret or hash. */
function presentToken(t: ApiToken): z.infer<typeof tokenSchema> {
  return {
    id: t.id,
    name: t.name,
    role: t.role,
    subjectId: t.subjectId,
    scope: t.scope,
    prefix: t.prefix,
    createdAt: toIso(t.createdAt) ?? '',
    lastUsedAt: toIso(t.lastUsedAt),
    revokedAt: toIso(t.revokedAt),
  };
}

/** Roles an admin may hand out; only an owner can mint another owner. */
function mayGrant(granter: string, role: string): boolean {
  return granter === 'owner' || role !== 'owner';
}

export function tokenRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const access = { access: { permission: 'tokens:manage' as const } };

  api.get(
    '/api/v1/tokens',
    {
      config: access,
      schema: {
        tags: ['tokens'],
        summary: 'API tokens of this tenant (never their secrets)',
        response: { 200: z.object({ items: z.array(tokenSchema) }), ...protectedErrors },
      },
    },
    async (request) => {
      return {
        items: (await listTokens(ctx.db, viewerOfRequest(request).tenantId)).map(presentToken),
      };
    },
  );

  api.post(
    '/api/v1/tokens',
    {
      config: access,
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is in this response only',
        body: z.object({
          name: z.string().min(1).max(100),
          role: z.enum(roles),
          subject: z.string().max(320).optional(),
          departments: z.array(z.string().max(200)).max(100).optional(),
          businessUnits: z.array(z.string().max(200)).max(100).optional(),
        }),
        response: { 201: tokenSchema.extend({ token: z.string() }), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const { name, role, subject, departments, businessUnits } = request.body;
      if (!mayGrant(viewer.role, role))
        throw new AppError('FORBIDDEN', 'only an owner may create an owner token');
      const scope = {
        ...(departments ? { departments } : {}),
        ...(businessUnits ? { businessUnits } : {}),
      };
      const created = await createToken(ctx.db, viewer.tenantId, { name, role, subject, scope });
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'token.created',
        actor: viewer.actor,
        ip: request.ip,
        target: `token:${created.record.id}`,
        details: { name, role, subjectId: created.record.subjectId, scope },
      });
      request.log.info(
        { tenantId: viewer.tenantId, tokenId: created.record.id, role, actor: viewer.actor },
        'token created',
      );
      return reply.code(201).send({ ...presentToken(created.record), token: created.token });
    },
  );

  api.delete(
    '/api/v1/tokens/:id',
    {
      config: access,
      schema: {
        tags: ['tokens'],
        summary: 'Revoke a token',
        params: z.object({ id: z.string().max(100) }),
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      if (!(await revokeToken(ctx.db, viewer.tenantId, request.params.id, Date.now())))
        throw new AppError('TOKEN_NOT_FOUND', `no active token ${request.params.id}`);
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'token.revoked',
        actor: viewer.actor,
        ip: request.ip,
        target: `token:${request.params.id}`,
      });
      request.log.info(
        { tenantId: viewer.tenantId, tokenId: request.params.id, actor: viewer.actor },
        'token revoked',
      );
      return reply.code(204).send(null);
    },
  );
}
