import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { allows } from '../auth/viewer.js';
import type { Viewer } from '../auth/viewer.js';
import { authenticate } from '../auth/token.service.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../storage/db.js';

/**
 * Every route must say who may call it; a route without `config.access` fails at start-up, so
 * no endpoint can be added unprotected by accident. Protected routes need a bearer token whose
 * role grants the route's permission.
 */
export function registerAuth(app: FastifyInstance, db: Db): void {
  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD' || route.url.startsWith('/documentation')) return;
    if (!route.config?.access)
      throw new Error(`route ${String(route.method)} ${route.url} does not declare config.access`);
  });
  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (!access || access.permission === 'public') return;
    const viewer = await viewerOf(db, request);
    if (!allows(viewer, access.permission))
      throw new AppError(
        'FORBIDDEN',
        `the ${viewer.role} role may not do this (${access.permission})`,
      );
    request.viewer = viewer;
  });
}

async function viewerOf(db: Db, request: FastifyRequest): Promise<Viewer> {
  const header = request.headers.authorization;
  if (!header)
    throw new AppError(
      'UNAUTHENTICATED',
      'send an API token as "Authorization: Bearer TOKEN"; create one with "bulwark token create"',
    );
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1])
    throw new AppError('UNAUTHENTICATED', 'the Authorization header must be "Bearer TOKEN"');
  const viewer = await authenticate(db, match[1]);
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'the token is not valid or has been revoked');
  return viewer;
}

/** The viewer of a route that declared a permission; its absence is a bug. */
export function viewerOfRequest(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new Error('no viewer on a protected route');
  return request.viewer;
}
