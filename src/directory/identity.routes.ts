import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { visibilityOf } from '../auth/viewer.js';
import type { AppContext } from '../http/context.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { LIMITS, cursorParam, pageSize, protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { listGroupsOf } from './group.repository.js';
import { identityKinds } from './identity.js';
import { findVisibleIdentity, identitySorts, listIdentities } from './identity.query.js';
import {
  identityDetailSchema,
  identitySchema,
  presentGroups,
  presentIdentity,
  presentLink,
} from './identity.presenter.js';

const listQuery = z.object({
  kind: z.enum(identityKinds).optional(),
  department: z.string().max(200).optional(),
  q: z
    .string()
    .max(LIMITS.searchMax)
    .optional()
    .describe('Text to find in email, name, title or department'),
  active: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  sort: z.enum(identitySorts).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: pageSize,
  cursor: cursorParam,
});

export function identityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/identities',
    {
      config: { access: { permission: 'directory:read' } },
      schema: {
        tags: ['directory'],
        summary: 'List the people and agents the caller may see',
        querystring: listQuery,
        response: {
          200: z.object({ items: z.array(identitySchema), next: z.string().nullable() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { cursor, ...q } = request.query;
      const after = cursor
        ? decodeCursor<{ value: string | number; id: string }>(cursor, {
            value: 'any',
            id: 'string',
          })
        : undefined;
      const page = await listIdentities(ctx.db, viewer.tenantId, {
        ...q,
        visibility: visibilityOf(viewer),
        ...(after ? { after } : {}),
      });
      return {
        items: page.items.map(presentIdentity),
        next: page.next ? encodeCursor(page.next) : null,
      };
    },
  );

  api.get(
    '/api/v1/identities/:id',
    {
      config: { access: { permission: 'directory:read' } },
      schema: {
        tags: ['directory'],
        summary: 'One identity with its groups, manager and owner',
        params: z.object({ id: z.string().max(100) }),
        response: { 200: identityDetailSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const visibility = visibilityOf(viewer);
      const identity = await findVisibleIdentity(
        ctx.db,
        viewer.tenantId,
        visibility,
        request.params.id,
      );
      if (!identity) throw new AppError('IDENTITY_NOT_FOUND', `no identity ${request.params.id}`);
      const manager = identity.managerId
        ? await findVisibleIdentity(ctx.db, viewer.tenantId, visibility, identity.managerId)
        : undefined;
      const owner = identity.ownerId
        ? await findVisibleIdentity(ctx.db, viewer.tenantId, visibility, identity.ownerId)
        : undefined;
      const groups = await listGroupsOf(ctx.db, viewer.tenantId, identity.id);
      return {
        ...presentIdentity(identity),
        groups: presentGroups(groups),
        manager: presentLink(manager),
        owner: presentLink(owner),
      };
    },
  );
}
