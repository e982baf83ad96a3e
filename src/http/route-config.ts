import type { ResolvedSession } from '../accounts/session.service.js';
import type { Permission } from '../auth/roles.js';
import type { Viewer } from '../auth/viewer.js';

/** What every route declares about who may call it. */
export interface RouteAccess {
  /** `public` routes (health, sign-in) need no token; others need this permission. */
  permission: Permission | 'public';
  /** Only a signed-in person (a session cookie) may call it, never an API token. */
  sessionOnly?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    viewer?: Viewer;
    /** Set when the request authenticated with a session cookie. */
    session?: ResolvedSession;
  }
}
