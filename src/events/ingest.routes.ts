import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { countsSchema, presentCounts } from './event.presenter.js';
import { bodyRecords } from './events.routes.js';
import { findFormat, formatNames } from './formats/index.js';
import { ingestRecords } from './ingest.service.js';

const response = countsSchema.extend({
  rejections: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});

/**
 * Vendor records over HTTP, exactly as the vendor sends or returns them: one JSON document (a
 * webhook body, an API response), a JSON array of them, NDJSON, or text lines for CEF and syslog.
 */
export function ingestRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/ingest/:format',
    {
      config: { access: { permission: 'events:write' } },
      schema: {
        tags: ['events'],
        summary: 'Ingest records in a vendor format',
        params: z.object({ format: z.enum(formatNames() as [string, ...string[]]) }),
        body: z
          .unknown()
          .describe(
            'A JSON document or array (application/json), NDJSON (application/x-ndjson) or lines (text/plain)',
          ),
        response: {
          200: response,
          ...protectedErrors,
          413: protectedErrors[400],
          415: protectedErrors[400],
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const format = findFormat(request.params.format);
      if (!format) throw new AppError('NOT_FOUND', `no format ${request.params.format}`);
      const body = request.body;
      const records =
        typeof body === 'string'
          ? bodyRecords(body)
          : bodyRecords(Array.isArray(body) ? body : [body]);
      const deps = { db: ctx.db, catalog: await ctx.catalogFor(viewer.tenantId), clock: ctx.clock };
      const result = await ingestRecords(deps, viewer.tenantId, format, records);
      request.log.info(
        { tenantId: viewer.tenantId, format: format.name, ...presentCounts(result) },
        'vendor records ingested',
      );
      return {
        ...presentCounts(result),
        rejections: result.rejections.map(({ line, reason }) => ({ line, reason })),
      };
    },
  );
}
