import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { protectedErrors } from '../http/schemas.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { publicUrlOf, cookiesSecure, sessionCookie, sessionPolicyOf } from './cookie-policy.js';
import { parseCookies, serialiseCookie } from './cookies.js';
import { FLOW_TTL_MS, finishOidc, startOidc } from './oidc.service.js';
import { originOf } from './origin.js';

const FLOW_COOKIE = 'bulwark_oidc';
const FLOW_PATH = '/api/v1/auth/oidc';
const tags = ['auth'];
const open = { access: { permission: 'public' as const } };
const tenantParams = z.object({ tenant: z.string().min(1).max(63) });

/** Single sign-on through the tenant's OpenID Connect provider. */
export function oidcRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const secrets = secretBoxOf(ctx.config);
  const flowCookie = (value: string, maxAge: number) =>
    serialiseCookie(FLOW_COOKIE, value, {
      path: FLOW_PATH,
      secure: cookiesSecure(ctx.config),
      maxAge,
    });

  api.get(
    '/api/v1/auth/oidc/:tenant/start',
    {
      config: open,
      schema: {
        tags,
        summary: "Send the browser to the tenant's identity provider",
        params: tenantParams,
        response: { 302: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const started = await startOidc(
        ctx.db,
        secrets,
        request.params.tenant,
        publicUrlOf(ctx.config),
      );
      return reply
        .code(302)
        .header('location', started.location)
        .header('set-cookie', flowCookie(started.flowId, FLOW_TTL_MS / 1000))
        .send(null);
    },
  );

  api.get(
    '/api/v1/auth/oidc/:tenant/callback',
    {
      config: open,
      schema: {
        tags,
        summary: 'Where the identity provider returns; signs in and goes to the dashboard',
        params: tenantParams,
        querystring: z.record(z.string(), z.string()),
        response: { 302: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const publicUrl = publicUrlOf(ctx.config);
      reply.header('set-cookie', flowCookie('', 0));
      const signedIn = await finishOidc(
        ctx.db,
        secrets,
        {
          tenantSlug: request.params.tenant,
          flowId: parseCookies(request.headers.cookie).get(FLOW_COOKIE),
          callbackUrl: `${publicUrl}${request.url}`,
        },
        originOf(request),
        sessionPolicyOf(ctx.config),
      );
      return reply
        .code(302)
        .header('set-cookie', [flowCookie('', 0), sessionCookie(ctx.config, signedIn.sessionId)])
        .header('location', `${publicUrl}/`)
        .send(null);
    },
  );
}
