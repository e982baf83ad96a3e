import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findVisibleIdentity } from '../directory/identity.query.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { LIMITS, cursorParam, pageSize, protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { explainIdentity } from './explain.service.js';
import {
  explanationSchema,
  levelSchema,
  presentExplanation,
  presentListItem,
  presentScore,
  riskListItemSchema,
  scoreSchema,
} from './risk.presenter.js';
import { identityHistory, listByRisk } from './risk-query.js';
import { individualVisibility } from './risk-visibility.js';
import { DAY_MS, dayOf } from './snapshot.repository.js';

const listQuery = z.object({
  kind: z.enum(['person', 'agent']).optional(),
  department: z.string().max(200).optional(),
  level: levelSchema.optional(),
  q: z
    .string()
    .max(LIMITS.searchMax)
    .optional()
    .describe('Text to find in email, name, title or department'),
  limit: pageSize,
  cursor: cursorParam,
});

const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .optional();

/** Individual scores: the list by risk, one identity's score with its explanation, its history. */
export function riskRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/risk/identities',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary: 'People and agents the caller may see, riskiest first',
        querystring: listQuery,
        response: {
          200: z.object({ items: z.array(riskListItemSchema), next: z.string().nullable() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { cursor, ...q } = request.query;
      const after = cursor
        ? decodeCursor<{ risk: number; id: string }>(cursor, { risk: 'number', id: 'string' })
        : undefined;
      const page = await listByRisk(ctx.db, viewer.tenantId, {
        ...q,
        visibility: individualVisibility(viewer),
        ...(after ? { after } : {}),
      });
      return {
        items: page.items.map(presentListItem),
        next: page.next ? encodeCursor(page.next) : null,
      };
    },
  );

  api.get(
    '/api/v1/identities/:id/risk',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary: "An identity's score and why: factors, behaviours and events with their points",
        params: z.object({ id: z.string().max(100) }),
        querystring: z.object({ events: z.coerce.number().int().min(1).max(200).default(20) }),
        response: {
          200: z.object({
            identityId: z.string(),
            score: scoreSchema,
            explanation: explanationSchema,
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { id } = request.params;
      const identity = await findVisibleIdentity(
        ctx.db,
        viewer.tenantId,
        individualVisibility(viewer),
        id,
      );
      if (!identity) throw new AppError('IDENTITY_NOT_FOUND', `no identity ${id}`);
      const found = await explainIdentity(
        ctx.db,
        viewer.tenantId,
        identity.id,
        request.query.events,
      );
      if (!found) throw new AppError('NOT_FOUND', `identity ${id} has not been scored yet`);
      return {
        identityId: identity.id,
        score: presentScore(found.score),
        explanation: presentExplanation(found.explanation),
      };
    },
  );

  api.get(
    '/api/v1/identities/:id/risk/history',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary: "An identity's daily score snapshots (default: the last 90 days)",
        params: z.object({ id: z.string().max(100) }),
        querystring: z.object({ from: dayParam, to: dayParam }),
        response: {
          200: z.object({
            identityId: z.string(),
            items: z.array(
              z.object({
                day: z.string(),
                risk: z.number(),
                likelihood: z.number(),
                level: levelSchema,
                percentile: z.number(),
              }),
            ),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { id } = request.params;
      const identity = await findVisibleIdentity(
        ctx.db,
        viewer.tenantId,
        individualVisibility(viewer),
        id,
      );
      if (!identity) throw new AppError('IDENTITY_NOT_FOUND', `no identity ${id}`);
      const now = ctx.clock.now();
      const to = request.query.to ?? dayOf(now);
      const from = request.query.from ?? dayOf(Date.parse(`${to}T00:00:00Z`) - 89 * DAY_MS);
      const items = await identityHistory(ctx.db, viewer.tenantId, identity.id, from, to);
      return { identityId: identity.id, items };
    },
  );
}
