import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors } from '../http/schemas.js';
import { scoreTenant } from './scoring.service.js';
import { setWeights } from './weights.service.js';

/** Tenant weight overrides; every score is refreshed before the response. */
export function weightRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().put(
    '/api/v1/catalog/weights',
    {
      config: { access: { permission: 'catalog:write' } },
      schema: {
        tags: ['catalog'],
        summary: 'Override behaviour weights (0–100); all are checked before any is stored',
        body: z.object({
          weights: z
            .record(z.string(), z.unknown())
            .describe(
              'Behaviour type → weight; every problem is reported as weightOverrides.<type>',
            ),
        }),
        response: {
          200: z.object({ overrides: z.record(z.string(), z.number()) }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const { tenantId } = viewerOfRequest(request);
      const overrides = await setWeights(ctx.db, tenantId, request.body.weights, ctx.clock.now());
      await scoreTenant({ db: ctx.db, clock: ctx.clock, memory: ctx.scoringMemory }, tenantId);
      return { overrides };
    },
  );
}
