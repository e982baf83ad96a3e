import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.js';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
          503: z.object({ status: z.literal('unavailable'), database: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await ctx.db.get('SELECT 1 AS ok');
        return { status: 'ok' as const, database: ctx.db.dialect };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: ctx.db.dialect });
      }
    },
  );
}
