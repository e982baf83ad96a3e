import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function openApiRoutes(app: FastifyInstance, _ctx: AppContext): void {
  app.get(
    '/api/v1/openapi.json',
    { config: { access: { permission: 'catalog:read' } }, schema: { hide: true } },
    () => Promise.resolve(app.swagger()),
  );
}
