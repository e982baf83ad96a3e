import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.service.js';
import { replayDetails } from '../audit/details.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { cursorParam, pageSize, protectedErrors } from '../http/schemas.js';
import { listDeadLetters } from './dead-letter.repository.js';
import { replayDeadLetters } from './dead-letter.service.js';
import { deadLetterSchema, presentDeadLetter } from './event.presenter.js';

export function deadLetterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/dead-letters',
    {
      config: { access: { permission: 'deadletters:read' } },
      schema: {
        tags: ['events'],
        summary: 'Records that were rejected, with the reason and the raw record',
        querystring: z.object({
          status: z.enum(['pending', 'replayed']).optional(),
          format: z.string().max(50).optional(),
          limit: pageSize,
          cursor: cursorParam,
        }),
        response: {
          200: z.object({ items: z.array(deadLetterSchema), next: z.string().nullable() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { status, format, limit, cursor } = request.query;
      const afterId = cursor
        ? decodeCursor<{ id: number }>(cursor, { id: 'number' }).id
        : undefined;
      const letters = await listDeadLetters(ctx.db, viewer.tenantId, {
        status,
        format,
        afterId,
        limit: limit + 1,
      });
      const page = letters.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(presentDeadLetter),
        next: letters.length > limit && last ? encodeCursor({ id: last.id }) : null,
      };
    },
  );

  api.post(
    '/api/v1/dead-letters/replay',
    {
      config: { access: { permission: 'deadletters:replay' } },
      schema: {
        tags: ['events'],
        summary: 'Run dead letters through ingest again (the given ids, or every pending one)',
        body: z.object({ ids: z.array(z.number().int().positive()).max(10_000).optional() }),
        response: {
          200: z.object({
            results: z.array(
              z.object({
                id: z.number().int(),
                outcome: z.enum(['stored', 'duplicate', 'ignored', 'rejected']),
                reason: z.string().optional(),
              }),
            ),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const deps = { db: ctx.db, catalog: await ctx.catalogFor(viewer.tenantId), clock: ctx.clock };
      const results = await replayDeadLetters(deps, viewer.tenantId, request.body.ids);
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'deadletters.replayed',
        actor: viewer.actor,
        ip: request.ip,
        details: replayDetails(results),
      });
      request.log.info(
        { tenantId: viewer.tenantId, replayed: results.length },
        'dead letters replayed',
      );
      return { results };
    },
  );
}
