import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseCookies } from '../accounts/cookies.js';
import { sameSecret } from '../accounts/secrets.js';
import { CSRF_HEADER, SESSION_COOKIE, isSafeMethod } from '../accounts/session.js';
import type { ResolvedSession } from '../accounts/session.service.js';
import { resolveSession, viewerOfSession } from '../accounts/session.service.js';
import { allows } from '../auth/viewer.js';
import type { Viewer } from '../auth/viewer.js';
import { authenticate } from '../auth/token.service.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../storage/db.js';
import type { RouteAccess } from './route-config.js';

/** A registered route and what it declared about access, for tests that walk every route. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route registered on the server, with its declared access. */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

/**
 * Every route must say who may call it; a route without `config.access` fails at start-up, so
 * no endpoint can be added unprotected by accident. Protected routes need a bearer token or a
 * session cookie whose role grants the route's permission; a request that authenticates by
 * cookie and changes something must also carry the session's CSRF token. Authentication runs
 * when the request arrives, before its body is read or validated.
 */
export function registerAuth(app: FastifyInstance, db: Db): void {
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD' || route.url.startsWith('/documentation')) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(`route ${String(route.method)} ${route.url} does not declare config.access`);
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access });
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access || access.permission === 'public') return;
    const viewer = await viewerOf(db, request, access);
    if (!allows(viewer, access.permission))
      throw new AppError(
        'FORBIDDEN',
        `the ${viewer.role} role may not do this (${access.permission})`,
      );
    request.viewer = viewer;
  });
}

async function viewerOf(db: Db, request: FastifyRequest, access: RouteAccess): Promise<Viewer> {
  const header = request.headers.authorization;
  if (header) {
    if (access.sessionOnly)
      throw new AppError('FORBIDDEN', 'this is for signed-in people; API tokens cannot use it');
    return tokenViewer(db, header);
  }
  const sessionId = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
  if (sessionId) return sessionViewer(db, request, sessionId);
  throw new AppError(
    'UNAUTHENTICATED',
    'sign in, or send an API token as "Authorization: Bearer TOKEN" (create one with "bulwark token create")',
  );
}

async function tokenViewer(db: Db, header: string): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1])
    throw new AppError('UNAUTHENTICATED', 'the Authorization header must be "Bearer TOKEN"');
  const viewer = await authenticate(db, match[1]);
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'the token is not valid or has been revoked');
  return viewer;
}

async function sessionViewer(db: Db, request: FastifyRequest, sessionId: string): Promise<Viewer> {
  const resolved = await resolveSession(db, sessionId, Date.now());
  if (!resolved) throw new AppError('SESSION_EXPIRED', 'the session has ended; sign in again');
  if (!isSafeMethod(request.method)) checkCsrf(request, resolved);
  request.session = resolved;
  return viewerOfSession(resolved);
}

function checkCsrf(request: FastifyRequest, resolved: ResolvedSession): void {
  const presented = request.headers[CSRF_HEADER];
  if (typeof presented !== 'string' || !sameSecret(presented, resolved.csrfToken))
    throw new AppError(
      'CSRF_REJECTED',
      `send the session's CSRF token (from GET /api/v1/auth/session) in the ${CSRF_HEADER} header`,
    );
}

/** The viewer of a route that declared a permission; its absence is a bug. */
export function viewerOfRequest(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new Error('no viewer on a protected route');
  return request.viewer;
}

/** The session of a route declared `sessionOnly`; its absence is a bug. */
export function sessionOfRequest(request: FastifyRequest): ResolvedSession {
  if (!request.session) throw new Error('no session on a session-only route');
  return request.session;
}
