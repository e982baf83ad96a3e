import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit.service.js';
import { viewerOfRequest } from '../../http/auth.hook.js';
import type { AppContext } from '../../http/context.js';
import { problemSchema, protectedErrors } from '../../http/schemas.js';
import { listSyslogSources } from './syslog-source.repository.js';
import { addSyslogSource, removeSyslogSource } from './syslog-source.service.js';

const sources = z.object({ networks: z.array(z.string()) });
const network = z.string().min(1).max(64).describe('An address or CIDR block, e.g. 10.20.0.0/16');

/** The sender networks whose syslog goes to this tenant. */
export function syslogSourceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['syslog'];

  api.get(
    '/api/v1/syslog/sources',
    {
      config: { access: { permission: 'connectors:read' } },
      schema: {
        tags,
        summary: 'Sender networks whose syslog goes to this tenant',
        response: { 200: sources, ...protectedErrors },
      },
    },
    async (request) => ({
      networks: await listSyslogSources(ctx.db, viewerOfRequest(request).tenantId),
    }),
  );

  api.post(
    '/api/v1/syslog/sources',
    {
      config: { access: { permission: 'connectors:manage' } },
      schema: {
        tags,
        summary: 'Send syslog from a network to this tenant',
        body: z.object({ network }),
        response: { 200: sources, ...protectedErrors, 409: problemSchema },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const added = await addSyslogSource(
        ctx.db,
        viewer.tenantId,
        request.body.network,
        ctx.clock.now(),
      );
      await audit(ctx, request.ip, viewer, { added });
      return { networks: await listSyslogSources(ctx.db, viewer.tenantId) };
    },
  );

  api.delete(
    '/api/v1/syslog/sources',
    {
      config: { access: { permission: 'connectors:manage' } },
      schema: {
        tags,
        summary: 'Stop taking syslog from a network',
        querystring: z.object({ network }),
        response: { 200: sources, ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      await removeSyslogSource(ctx.db, viewer.tenantId, request.query.network);
      await audit(ctx, request.ip, viewer, { removed: request.query.network });
      return { networks: await listSyslogSources(ctx.db, viewer.tenantId) };
    },
  );
}

async function audit(
  ctx: AppContext,
  ip: string,
  viewer: ReturnType<typeof viewerOfRequest>,
  details: Record<string, string>,
): Promise<void> {
  await recordAudit(ctx.db, viewer.tenantId, {
    action: 'syslog.sources_changed',
    actor: viewer.actor,
    ip,
    target: 'syslog',
    details,
  });
}
