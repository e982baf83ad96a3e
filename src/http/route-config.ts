import type { Permission } from '../auth/roles.js';
import type { Viewer } from '../auth/viewer.js';

/** What every route declares about who may call it. */
export interface RouteAccess {
  /** `public` routes (health, sign-in) need no token; others need this permission. */
  permission: Permission | 'public';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    viewer?: Viewer;
  }
}
