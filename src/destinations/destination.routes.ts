import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.service.js';
import { identityKinds } from '../directory/identity.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { cursorParam, pageSize, problemSchema, protectedErrors } from '../http/schemas.js';
import { levels } from '../risk/index.js';
import { newId } from '../shared/ids.js';
import { destinationKinds } from './destination.js';
import { createDestinationRuntime } from './destination-runtime.js';
import { destinationSchema, messageSchema, presentMessage } from './destination.presenter.js';
import {
  changeDestination,
  createDestination,
  getDestination,
  removeDestination,
} from './destination.service.js';
import { listDestinationsWithStatus, withStatus } from './destination-status.service.js';
import { sendTo } from './delivery.js';
import { listMessages, replayDead } from './outbox.repository.js';

const name = z.string().trim().min(1).max(100);
const kinds = z.array(z.enum(identityKinds)).min(1);
const createBody = z.object({
  kind: z.enum(destinationKinds),
  name,
  settings: z.record(z.string(), z.unknown()).default({}),
  credentials: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Sent once; stored encrypted, never returned'),
  minLevel: z.enum(levels).default('high'),
  identityKinds: kinds.default(['person', 'agent']),
  enabled: z.boolean().default(true),
});
const updateBody = z.object({
  name: name.optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
  credentials: z.record(z.string(), z.unknown()).optional(),
  minLevel: z.enum(levels).optional(),
  identityKinds: kinds.optional(),
  enabled: z.boolean().optional(),
});
const params = z.object({ id: z.string().min(1).max(100) });
const manage = { access: { permission: 'destinations:manage' as const } };
const read = { access: { permission: 'destinations:read' as const } };

/**
 * Destinations of a tenant: where risk changes are sent. Configure them (credentials go in and
 * never come out), see each one's delivery status, send a test, list and replay dead messages.
 */
export function destinationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rt = createDestinationRuntime(ctx);
  const deps = () => ({ db: ctx.db, secrets: rt.secrets, now: ctx.clock.now() });
  const tags = ['destinations'];

  api.get(
    '/api/v1/destinations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Destinations and their delivery status',
        response: { 200: z.object({ items: z.array(destinationSchema) }), ...protectedErrors },
      },
    },
    async (request) => ({
      items: await listDestinationsWithStatus(ctx.db, viewerOfRequest(request).tenantId),
    }),
  );

  api.get(
    '/api/v1/destinations/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One destination and its delivery status',
        params,
        response: { 200: destinationSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const { tenantId } = viewerOfRequest(request);
      return withStatus(ctx.db, await getDestination(ctx.db, tenantId, request.params.id));
    },
  );

  api.post(
    '/api/v1/destinations',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Configure a destination',
        body: createBody,
        response: {
          201: destinationSchema,
          ...protectedErrors,
          409: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const created = await createDestination(deps(), viewer.tenantId, request.body);
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'destination.created',
        actor: viewer.actor,
        ip: request.ip,
        target: `destination:${created.id}`,
        details: { kind: created.kind, name: created.name, settings: created.settings },
      });
      return reply.code(201).send(await withStatus(ctx.db, created));
    },
  );

  api.patch(
    '/api/v1/destinations/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a destination (credentials only when given)',
        params,
        body: updateBody,
        response: {
          200: destinationSchema,
          ...protectedErrors,
          409: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const changed = await changeDestination(
        deps(),
        viewer.tenantId,
        request.params.id,
        request.body,
      );
      const { credentials, ...rest } = request.body;
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'destination.changed',
        actor: viewer.actor,
        ip: request.ip,
        target: `destination:${changed.id}`,
        details: { ...rest, credentialsReplaced: credentials !== undefined },
      });
      return withStatus(ctx.db, changed);
    },
  );

  api.delete(
    '/api/v1/destinations/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a destination, its stored credentials and its messages',
        params,
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const removed = await removeDestination(ctx.db, viewer.tenantId, request.params.id);
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'destination.removed',
        actor: viewer.actor,
        ip: request.ip,
        target: `destination:${removed.id}`,
        details: { kind: removed.kind, name: removed.name },
      });
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/v1/destinations/:id/test',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send a test message now and answer with what the receiver said',
        params,
        response: {
          200: z.object({
            outcome: z.enum(['delivered', 'retry', 'failed']),
            error: z.string().nullable(),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const { tenantId } = viewerOfRequest(request);
      const d = await getDestination(ctx.db, tenantId, request.params.id);
      const result = await sendTo(rt, d, {
        type: 'test',
        id: `test:${newId()}`,
        at: ctx.clock.now(),
      });
      return {
        outcome: result.outcome,
        error: result.outcome === 'delivered' ? null : result.error,
      };
    },
  );

  api.get(
    '/api/v1/destinations/:id/messages',
    {
      config: read,
      schema: {
        tags,
        summary: "A destination's messages in one state (dead by default), oldest first",
        params,
        querystring: z.object({
          state: z.enum(['pending', 'delivering', 'delivered', 'dead']).default('dead'),
          limit: pageSize,
          cursor: cursorParam,
        }),
        response: {
          200: z.object({ items: z.array(messageSchema), next: z.string().nullable() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const { tenantId } = viewerOfRequest(request);
      const d = await getDestination(ctx.db, tenantId, request.params.id);
      const { state, limit, cursor } = request.query;
      const afterSeq = cursor ? decodeCursor<{ seq: number }>(cursor, { seq: 'number' }).seq : 0;
      const found = await listMessages(ctx.db, tenantId, d.id, state, {
        afterSeq,
        limit: limit + 1,
      });
      const page = found.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(presentMessage),
        next: found.length > limit && last ? encodeCursor({ seq: last.seq }) : null,
      };
    },
  );

  api.post(
    '/api/v1/destinations/:id/replay',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Try dead messages again (the given ids, or every dead one)',
        params,
        body: z.object({ ids: z.array(z.string().min(1).max(100)).max(10_000).optional() }),
        response: { 200: z.object({ replayed: z.number().int() }), ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const d = await getDestination(ctx.db, viewer.tenantId, request.params.id);
      const replayed = await replayDead(
        ctx.db,
        viewer.tenantId,
        d.id,
        request.body.ids ?? 'all',
        ctx.clock.now(),
      );
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'destination.replayed',
        actor: viewer.actor,
        ip: request.ip,
        target: `destination:${d.id}`,
        details: { replayed },
      });
      return { replayed };
    },
  );
}
