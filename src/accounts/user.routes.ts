import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personRoles } from '../auth/roles.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { cursorParam, pageSize, protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { assertMayManage } from './grant.js';
import { memberSchema, presentMember } from './member.presenter.js';
import { findMember, listMembers } from './membership.repository.js';
import { actorOf } from './origin.js';
import { findUserByEmail } from './user.repository.js';
import { addMembership, changeMembership, createUser, removeMembership } from './user.service.js';

const tags = ['users'];
const idParams = z.object({ id: z.string().max(100) });
const membershipBody = z.object({
  role: z.enum(personRoles),
  subject: z
    .string()
    .max(320)
    .optional()
    .describe('Email or id of the identity (manager, employee)'),
  departments: z.array(z.string().max(200)).max(100).optional(),
  businessUnits: z.array(z.string().max(200)).max(100).optional(),
});

function scopeOf(body: z.infer<typeof membershipBody>) {
  return {
    ...(body.departments ? { departments: body.departments } : {}),
    ...(body.businessUnits ? { businessUnits: body.businessUnits } : {}),
  };
}

/** The people who may sign in to this tenant, and their roles. */
export function userRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const member = async (tenantId: string, userId: string) => {
    const found = await findMember(ctx.db, tenantId, userId);
    if (!found) throw new AppError('USER_NOT_FOUND', `no user ${userId} in this tenant`);
    return presentMember(found);
  };

  api.get(
    '/api/v1/users',
    {
      config: { access: { permission: 'users:read' } },
      schema: {
        tags,
        summary: 'Members of this tenant with their roles, by email',
        querystring: z.object({ limit: pageSize, cursor: cursorParam }),
        response: {
          200: z.object({ items: z.array(memberSchema), next: z.string().nullable() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const afterEmail = cursor
        ? decodeCursor<{ email: string }>(cursor, { email: 'string' }).email
        : undefined;
      const rows = await listMembers(ctx.db, viewerOfRequest(request).tenantId, {
        afterEmail,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(presentMember),
        next:
          rows.length > limit && last ? encodeCursor({ email: last.email.toLowerCase() }) : null,
      };
    },
  );

  api.get(
    '/api/v1/users/:id',
    {
      config: { access: { permission: 'users:read' } },
      schema: {
        tags,
        summary: 'One member',
        params: idParams,
        response: { 200: memberSchema, ...protectedErrors },
      },
    },
    async (request) => member(viewerOfRequest(request).tenantId, request.params.id),
  );

  api.post(
    '/api/v1/users',
    {
      config: { access: { permission: 'users:manage' } },
      schema: {
        tags,
        summary: 'Add a person to this tenant (creating their account if new)',
        description:
          'Accounts made here have no password: the person signs in through SSO or an email link.',
        body: membershipBody.extend({
          email: z.string().min(3).max(320),
          name: z.string().max(200).optional(),
        }),
        response: { 201: memberSchema, ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const { email, name, ...body } = request.body;
      const by = actorOf(request);
      const existing = await findUserByEmail(ctx.db, email);
      assertMayManage(viewer, existing?.id ?? '', [body.role]);
      const user = existing ?? (await createUser(ctx.db, { email, name }, by));
      await addMembership(ctx.db, viewer.tenantId, user.id, { ...body, scope: scopeOf(body) }, by);
      return reply.code(201).send(await member(viewer.tenantId, user.id));
    },
  );

  api.patch(
    '/api/v1/users/:id',
    {
      config: { access: { permission: 'users:manage' } },
      schema: {
        tags,
        summary: "Change a member's role, scope or identity link",
        params: idParams,
        body: membershipBody,
        response: { 200: memberSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const current = await member(viewer.tenantId, request.params.id);
      assertMayManage(viewer, request.params.id, [current.role, request.body.role]);
      const input = { ...request.body, scope: scopeOf(request.body) };
      await changeMembership(ctx.db, viewer.tenantId, request.params.id, input, actorOf(request));
      return member(viewer.tenantId, request.params.id);
    },
  );

  api.delete(
    '/api/v1/users/:id',
    {
      config: { access: { permission: 'users:manage' } },
      schema: {
        tags,
        summary: 'Remove a member from this tenant',
        params: idParams,
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const current = await member(viewer.tenantId, request.params.id);
      assertMayManage(viewer, request.params.id, [current.role]);
      await removeMembership(ctx.db, viewer.tenantId, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
}
