import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { cursorParam, isoQuery, pageSize, protectedErrors, toIso } from '../http/schemas.js';
import type { AuditRecord } from './audit.js';
import { auditActions } from './audit.js';
import { exportChunks, exportFormats } from './audit.export.js';
import { chainRecords, listRecords } from './audit.repository.js';
import { verifyChain } from './audit.service.js';

const read = { access: { permission: 'audit:read' as const } };
const tags = ['audit'];

const recordSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string().describe('user:ID, token:ID, cli or anonymous'),
  ip: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

function presentRecord(r: AuditRecord): z.infer<typeof recordSchema> {
  return {
    seq: r.seq,
    at: toIso(r.at) ?? '',
    actor: r.actor,
    ip: r.ip,
    action: r.action,
    target: r.target,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

/** The tenant's audit log: pages for Settings, a verification, and an export. */
export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/audit',
    {
      config: read,
      schema: {
        tags,
        summary: "This tenant's audit log, newest first",
        querystring: z.object({
          action: z.enum(auditActions).optional(),
          actor: z.string().max(200).optional(),
          from: isoQuery.optional(),
          to: isoQuery.optional(),
          limit: pageSize,
          cursor: cursorParam,
        }),
        response: {
          200: z.object({ items: z.array(recordSchema), next: z.string().nullable() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const { cursor, limit, ...filter } = request.query;
      const beforeSeq = cursor
        ? decodeCursor<{ seq: number }>(cursor, { seq: 'number' }).seq
        : undefined;
      const rows = await listRecords(ctx.db, viewerOfRequest(request).tenantId, {
        ...filter,
        beforeSeq,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(presentRecord),
        next: rows.length > limit && last ? encodeCursor({ seq: last.seq }) : null,
      };
    },
  );

  api.get(
    '/api/v1/audit/verify',
    {
      config: read,
      schema: {
        tags,
        summary: "Recompute this tenant's hash chain and report the first broken link",
        response: {
          200: z.object({
            ok: z.boolean(),
            rows: z.number().int(),
            head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
            broken: z
              .object({ seq: z.number().int(), kind: z.string(), message: z.string() })
              .nullable(),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const report = await verifyChain(ctx.db, viewerOfRequest(request).tenantId);
      const broken = report.broken;
      return {
        ok: !broken,
        rows: report.rows,
        head: report.head ?? null,
        broken: broken ? { seq: broken.seq, kind: broken.kind, message: broken.message } : null,
      };
    },
  );

  api.get(
    '/api/v1/audit/export',
    {
      config: read,
      schema: {
        tags,
        summary: "Download this tenant's whole audit log as CSV or JSON",
        querystring: z.object({ format: z.enum(exportFormats).default('json') }),
        response: {
          200: z.unknown().describe('CSV with a header line, or a JSON array'),
          ...protectedErrors,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const records = chainRecords(ctx.db, viewerOfRequest(request).tenantId);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit.${format}"`)
        .send(Readable.from(exportChunks(records, format)));
    },
  );
}
