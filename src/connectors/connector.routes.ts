import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.service.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { problemSchema, protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { connectorKinds } from './connector.js';
import { claimConnector, listConnectors } from './connector.repository.js';
import { createConnectorRuntime } from './connector-runtime.factory.js';
import { runConnector } from './connector-run.service.js';
import {
  changeConnector,
  createConnector,
  getConnector,
  removeConnector,
} from './connector.service.js';
import { connectorSchema, presentConnector } from './connector.presenter.js';

const interval = z
  .number()
  .int()
  .min(60)
  .max(7 * 24 * 3600);
const createBody = z.object({
  kind: z.enum(connectorKinds),
  name: z.string().trim().min(1).max(100),
  settings: z.record(z.string(), z.unknown()).default({}),
  credentials: z
    .record(z.string(), z.unknown())
    .describe('Sent once; stored encrypted, never returned'),
  intervalSeconds: interval.default(900),
  enabled: z.boolean().default(true),
});
const updateBody = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
  credentials: z.record(z.string(), z.unknown()).optional(),
  intervalSeconds: interval.optional(),
  enabled: z.boolean().optional(),
});
const params = z.object({ id: z.string().min(1).max(100) });
const manage = { access: { permission: 'connectors:manage' as const } };
const read = { access: { permission: 'connectors:read' as const } };

/**
 * Pull connectors of a tenant: configure (credentials go in and never come out), see each one's
 * status (last run, counts, last error), and run one now.
 */
export function connectorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rt = createConnectorRuntime(ctx);
  const deps = () => ({ db: ctx.db, secrets: rt.secrets, now: ctx.clock.now() });
  const tags = ['connectors'];

  api.get(
    '/api/v1/connectors',
    {
      config: read,
      schema: {
        tags,
        summary: 'Connectors and their status',
        response: { 200: z.object({ items: z.array(connectorSchema) }), ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      return { items: (await listConnectors(ctx.db, viewer.tenantId)).map(presentConnector) };
    },
  );

  api.get(
    '/api/v1/connectors/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One connector and its status',
        params,
        response: { 200: connectorSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      return presentConnector(await getConnector(ctx.db, viewer.tenantId, request.params.id));
    },
  );

  api.post(
    '/api/v1/connectors',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Configure a connector',
        body: createBody,
        response: {
          201: connectorSchema,
          ...protectedErrors,
          409: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const created = await createConnector(deps(), viewer.tenantId, request.body);
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'connector.created',
        actor: viewer.actor,
        ip: request.ip,
        target: `connector:${created.id}`,
        details: { kind: created.kind, name: created.name, settings: created.settings },
      });
      return reply.code(201).send(presentConnector(created));
    },
  );

  api.patch(
    '/api/v1/connectors/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a connector (credentials only when given)',
        params,
        body: updateBody,
        response: { 200: connectorSchema, ...protectedErrors, 503: problemSchema },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const changed = await changeConnector(
        deps(),
        viewer.tenantId,
        request.params.id,
        request.body,
      );
      const { credentials, ...rest } = request.body;
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'connector.changed',
        actor: viewer.actor,
        ip: request.ip,
        target: `connector:${changed.id}`,
        details: { ...rest, credentialsReplaced: credentials !== undefined },
      });
      return presentConnector(changed);
    },
  );

  api.delete(
    '/api/v1/connectors/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a connector and its stored credentials',
        params,
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const existing = await getConnector(ctx.db, viewer.tenantId, request.params.id);
      await removeConnector(ctx.db, viewer.tenantId, existing.id);
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'connector.removed',
        actor: viewer.actor,
        ip: request.ip,
        target: `connector:${existing.id}`,
        details: { kind: existing.kind, name: existing.name },
      });
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/v1/connectors/:id/run',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Run a connector now and answer with its status',
        params,
        response: { 200: connectorSchema, ...protectedErrors, 409: problemSchema },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const connector = await getConnector(ctx.db, viewer.tenantId, request.params.id);
      const now = ctx.clock.now();
      if (!(await claimConnector(ctx.db, viewer.tenantId, connector.id, now, now + 30 * 60_000)))
        throw new AppError('CONFLICT', 'this connector is running now; see its status');
      await runConnector(rt, connector);
      return presentConnector(await getConnector(ctx.db, viewer.tenantId, connector.id));
    },
  );
}
