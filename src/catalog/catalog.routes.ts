import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors } from '../http/schemas.js';
import { categories } from './behaviour.js';

export const behaviourSchema = z.object({
  type: z.string(),
  category: z.enum(categories),
  component: z.enum(['behavior', 'threat', 'access']),
  title: z.string(),
  polarity: z.enum(['risk', 'protective']),
  weight: z.number(),
  halfLifeDays: z.number(),
  incident: z.boolean(),
  attack: z.array(z.string()),
  frameworks: z.array(z.string()),
  vendorEvents: z.array(z.string()),
});

export function catalogRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/catalog',
    {
      config: { access: { permission: 'catalog:read' } },
      schema: {
        tags: ['catalog'],
        summary: "The behaviour catalogue with this tenant's weights",
        response: { 200: z.object({ items: z.array(behaviourSchema) }), ...protectedErrors },
      },
    },
    async (request) => {
      const catalog = await ctx.catalogFor(viewerOfRequest(request).tenantId);
      return {
        items: catalog.list().map((b) => ({
          type: b.type,
          category: b.category,
          component: b.component,
          title: b.title,
          polarity: b.polarity,
          weight: b.weight,
          halfLifeDays: b.halfLifeDays,
          incident: b.incident,
          attack: b.attack,
          frameworks: b.frameworks,
          vendorEvents: b.vendorEvents,
        })),
      };
    },
  );
}
