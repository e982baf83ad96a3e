import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { cursorParam, pageSize, protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import type { Cohort } from './cohort.repository.js';
import { findCohort, listCohorts } from './cohort.repository.js';
import { cohortHistory, cohortMembers } from './cohort-query.js';
import { createCohort, removeCohort, updateCohort } from './cohort.service.js';
import { levelSchema } from './risk.presenter.js';
import { individualVisibility } from './risk-visibility.js';
import { scoreTenant } from './scoring.service.js';

const cohortSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(['dynamic', 'static']),
  definition: z
    .unknown()
    .describe('{"rule": …} or {"members": [identity ids]} (docs/risk-model.md §12)'),
  builtin: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  evaluatedAt: z.string().nullable(),
});

function presentCohort(c: Cohort): z.infer<typeof cohortSchema> {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    kind: c.kind,
    definition: c.definition,
    builtin: c.builtin,
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
    evaluatedAt: c.evaluatedAt === null ? null : new Date(c.evaluatedAt).toISOString(),
  };
}

const cohortBody = z.object({
  name: z.string().min(1).max(200),
  description: z.string().max(2000).nullable().optional(),
  definition: z.unknown().refine((v) => v !== undefined, 'is required'),
});

const idParams = z.object({ id: z.string().max(100) });

/** Cohorts: reading needs risk:read; creating and changing them, cohorts:write. */
export function cohortRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rescore = (tenantId: string) =>
    scoreTenant({ db: ctx.db, clock: ctx.clock, memory: ctx.scoringMemory }, tenantId);
  const found = async (tenantId: string, id: string): Promise<Cohort> => {
    const cohort = await findCohort(ctx.db, tenantId, id);
    if (!cohort) throw new AppError('NOT_FOUND', `no cohort ${id}`);
    return cohort;
  };

  api.get(
    '/api/v1/cohorts',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['cohorts'],
        summary: 'Cohorts of the tenant, built-in ones first',
        response: { 200: z.object({ items: z.array(cohortSchema) }), ...protectedErrors },
      },
    },
    async (request) => ({
      items: (await listCohorts(ctx.db, viewerOfRequest(request).tenantId)).map(presentCohort),
    }),
  );

  api.post(
    '/api/v1/cohorts',
    {
      config: { access: { permission: 'cohorts:write' } },
      schema: {
        tags: ['cohorts'],
        summary: 'Create a cohort; its members are evaluated before the response',
        body: cohortBody,
        response: { 201: cohortSchema, ...protectedErrors, 409: protectedErrors[400] },
      },
    },
    async (request, reply) => {
      const { tenantId } = viewerOfRequest(request);
      const cohort = await createCohort(ctx.db, tenantId, request.body, ctx.clock.now());
      await rescore(tenantId);
      return reply.status(201).send(presentCohort(await found(tenantId, cohort.id)));
    },
  );

  api.get(
    '/api/v1/cohorts/:id',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['cohorts'],
        summary: 'One cohort',
        params: idParams,
        response: { 200: cohortSchema, ...protectedErrors },
      },
    },
    async (request) =>
      presentCohort(await found(viewerOfRequest(request).tenantId, request.params.id)),
  );

  api.patch(
    '/api/v1/cohorts/:id',
    {
      config: { access: { permission: 'cohorts:write' } },
      schema: {
        tags: ['cohorts'],
        summary: "Change a cohort's name, description or definition",
        params: idParams,
        body: cohortBody.partial(),
        response: { 200: cohortSchema, ...protectedErrors, 409: protectedErrors[400] },
      },
    },
    async (request) => {
      const { tenantId } = viewerOfRequest(request);
      await updateCohort(ctx.db, tenantId, request.params.id, request.body, ctx.clock.now());
      await rescore(tenantId);
      return presentCohort(await found(tenantId, request.params.id));
    },
  );

  api.delete(
    '/api/v1/cohorts/:id',
    {
      config: { access: { permission: 'cohorts:write' } },
      schema: {
        tags: ['cohorts'],
        summary: 'Remove a cohort and its membership history',
        params: idParams,
        response: { 204: z.null(), ...protectedErrors, 409: protectedErrors[400] },
      },
    },
    async (request, reply) => {
      await removeCohort(ctx.db, viewerOfRequest(request).tenantId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/cohorts/:id/members',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['cohorts'],
        summary: 'Current members the caller may see, riskiest first',
        params: idParams,
        querystring: z.object({ limit: pageSize, cursor: cursorParam }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                identityId: z.string(),
                email: z.string(),
                name: z.string().nullable(),
                kind: z.string(),
                risk: z.number(),
                level: levelSchema,
                enteredAt: z.string(),
              }),
            ),
            next: z.string().nullable(),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const cohort = await found(viewer.tenantId, request.params.id);
      const { limit, cursor } = request.query;
      const after = cursor
        ? decodeCursor<{ risk: number; id: string }>(cursor, { risk: 'number', id: 'string' })
        : undefined;
      const rows = await cohortMembers(
        ctx.db,
        viewer.tenantId,
        cohort.id,
        individualVisibility(viewer),
        {
          limit: limit + 1,
          ...(after ? { after } : {}),
        },
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((m) => ({ ...m, enteredAt: new Date(m.enteredAt).toISOString() })),
        next:
          rows.length > limit && last
            ? encodeCursor({ risk: last.risk, id: last.identityId })
            : null,
      };
    },
  );

  api.get(
    '/api/v1/cohorts/:id/history',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['cohorts'],
        summary: 'Membership history: when each visible identity entered and left, newest first',
        params: idParams,
        querystring: z.object({ limit: pageSize, cursor: cursorParam }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                identityId: z.string(),
                email: z.string(),
                enteredAt: z.string(),
                leftAt: z.string().nullable(),
              }),
            ),
            next: z.string().nullable(),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const cohort = await found(viewer.tenantId, request.params.id);
      const { limit, cursor } = request.query;
      const before = cursor
        ? decodeCursor<{ at: number; id: string }>(cursor, { at: 'number', id: 'string' })
        : undefined;
      const rows = await cohortHistory(
        ctx.db,
        viewer.tenantId,
        cohort.id,
        individualVisibility(viewer),
        limit + 1,
        before,
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((m) => ({
          identityId: m.identityId,
          email: m.email,
          enteredAt: new Date(m.enteredAt).toISOString(),
          leftAt: m.leftAt === null ? null : new Date(m.leftAt).toISOString(),
        })),
        next:
          rows.length > limit && last
            ? encodeCursor({ at: last.enteredAt, id: last.identityId })
            : null,
      };
    },
  );
}
