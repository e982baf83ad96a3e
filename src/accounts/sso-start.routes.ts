import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { findTenantBySlug } from '../tenancy/tenant.repository.js';
import { findOidcConfig } from './oidc.repository.js';
import { findSamlConfig } from './saml.repository.js';

/**
 * One "Sign in with SSO" for the login page, whichever protocol the tenant uses: SAML when it is
 * set up and enabled, else OpenID Connect.
 */
export function ssoStartRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/auth/sso/:tenant/start',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags: ['auth'],
        summary: "Send the browser to the start of the tenant's single sign-on (SAML or OIDC)",
        security: [],
        params: z.object({ tenant: z.string().min(1).max(63) }),
        response: { 302: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const slug = request.params.tenant;
      const tenant = await findTenantBySlug(ctx.db, slug);
      const saml = tenant && (await findSamlConfig(ctx.db, tenant.id));
      const oidc = tenant && (await findOidcConfig(ctx.db, tenant.id));
      const protocol = saml?.enabled ? 'saml' : oidc?.enabled ? 'oidc' : undefined;
      if (!tenant || !protocol)
        throw new AppError('SSO_NOT_CONFIGURED', `single sign-on is not set up for "${slug}"`);
      const location = `/api/v1/auth/${protocol}/${encodeURIComponent(tenant.slug)}/start`;
      return reply.code(302).header('location', location).send(null);
    },
  );
}
