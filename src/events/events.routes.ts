import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { visibilityOf } from '../auth/viewer.js';
import { findVisibleIdentity } from '../directory/identity.query.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { cursorParam, isoQuery, pageSize, protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { listEventsOf } from './event.repository.js';
import { countsSchema, eventSchema, presentCounts, presentEvent } from './event.presenter.js';
import { nativeFormat } from './formats/native.format.js';
import type { RawRecord } from './formats/format.js';
import { ingestRecords } from './ingest.service.js';

const ingestResponse = countsSchema.extend({
  rejections: z
    .array(z.object({ line: z.number().int(), reason: z.string() }))
    .describe('The rejected records of this request, with their reasons (at most 100)'),
});

export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/events',
    {
      config: { access: { permission: 'events:write' } },
      schema: {
        tags: ['events'],
        summary:
          'Ingest native events: a JSON array, or NDJSON with Content-Type application/x-ndjson',
        body: z.union([z.array(z.unknown()), z.string()]).describe('Native events (PRODUCT.md)'),
        response: {
          200: ingestResponse,
          ...protectedErrors,
          413: protectedErrors[400],
          415: protectedErrors[400],
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const records = bodyRecords(request.body);
      const counts = await ingestRecords(
        { db: ctx.db, catalog: await ctx.catalogFor(viewer.tenantId), clock: ctx.clock },
        viewer.tenantId,
        nativeFormat,
        records,
      );
      request.log.info({ tenantId: viewer.tenantId, ...presentCounts(counts) }, 'events ingested');
      return {
        ...presentCounts(counts),
        rejections: counts.rejections.map(({ line, reason }) => ({ line, reason })),
      };
    },
  );

  api.get(
    '/api/v1/identities/:id/events',
    {
      config: { access: { permission: 'events:read' } },
      schema: {
        tags: ['events'],
        summary: "An identity's events in a time range, newest first",
        params: z.object({ id: z.string().max(100) }),
        querystring: z.object({
          from: isoQuery.optional(),
          to: isoQuery.optional(),
          type: z.string().max(1000).optional().describe('Comma-separated behaviour types'),
          limit: pageSize,
          cursor: cursorParam,
        }),
        response: {
          200: z.object({ items: z.array(eventSchema), next: z.string().nullable() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const identity = await findVisibleIdentity(
        ctx.db,
        viewer.tenantId,
        visibilityOf(viewer),
        request.params.id,
      );
      if (!identity) throw new AppError('IDENTITY_NOT_FOUND', `no identity ${request.params.id}`);
      const { from, to, type, limit, cursor } = request.query;
      const after = cursor
        ? decodeCursor<{ time: number; seq: number }>(cursor, { time: 'number', seq: 'number' })
        : undefined;
      const types = type
        ? type
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : undefined;
      const events = await listEventsOf(ctx.db, viewer.tenantId, {
        identityId: identity.id,
        from,
        to,
        types,
        after,
        limit: limit + 1,
      });
      const page = events.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(presentEvent),
        next:
          events.length > limit && last ? encodeCursor({ time: last.time, seq: last.seq }) : null,
      };
    },
  );
}

/** A JSON array arrives parsed; NDJSON arrives as text, one record per line. */
export function bodyRecords(body: unknown[] | string): RawRecord[] {
  if (typeof body !== 'string')
    return body.map((value, i) => ({
      text: JSON.stringify(value) ?? 'undefined',
      value,
      line: i + 1,
      origin: 'http',
    }));
  const records: RawRecord[] = [];
  body.split('\n').forEach((line, i) => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim()) records.push({ text, line: i + 1, origin: 'http' });
  });
  return records;
}
