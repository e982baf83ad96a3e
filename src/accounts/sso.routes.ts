import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personRoles } from '../auth/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors, toIso } from '../http/schemas.js';
import { findTenantById } from '../tenancy/tenant.repository.js';
import { AppError } from '../shared/errors.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { publicUrlOf } from './cookie-policy.js';
import { issuerProblem } from './oidc.client.js';
import type { OidcConfig } from './oidc.repository.js';
import { deleteOidcConfig, findOidcConfig, saveOidcConfig } from './oidc.repository.js';
import { redirectUriOf } from './oidc.service.js';
import { sealSecret, secretContexts } from './stored-secret.js';

const manage = { access: { permission: 'sso:manage' as const } };
const tags = ['sso'];

const configSchema = z.object({
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean().describe('The secret itself is never shown'),
  defaultRole: z.enum(personRoles).nullable(),
  enabled: z.boolean(),
  redirectUri: z.string().describe('Register this at the identity provider'),
  startUrl: z.string().describe('Where a sign-in button should send the browser'),
  updatedAt: z.string(),
});

/** Setting up the tenant's OpenID Connect provider. */
export function ssoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const secrets = secretBoxOf(ctx.config);
  const present = async (c: OidcConfig): Promise<z.infer<typeof configSchema>> => {
    const slug = (await findTenantById(ctx.db, c.tenantId))?.slug ?? '';
    const redirectUri = redirectUriOf(publicUrlOf(ctx.config), slug);
    return {
      issuer: c.issuer,
      clientId: c.clientId,
      hasClientSecret: c.clientSecret !== null,
      defaultRole: c.defaultRole,
      enabled: c.enabled,
      redirectUri,
      startUrl: redirectUri.replace(/\/callback$/, '/start'),
      updatedAt: toIso(c.updatedAt) ?? '',
    };
  };

  api.get(
    '/api/v1/sso/oidc',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The OpenID Connect set-up',
        response: { 200: configSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const found = await findOidcConfig(ctx.db, viewerOfRequest(request).tenantId);
      if (!found) throw new AppError('SSO_NOT_CONFIGURED', 'no OpenID Connect provider is set up');
      return present(found);
    },
  );

  api.put(
    '/api/v1/sso/oidc',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set up or change the OpenID Connect provider',
        body: z.object({
          issuer: z
            .string()
            .max(500)
            .refine((v) => !issuerProblem(v), 'must be an https:// URL'),
          clientId: z.string().min(1).max(500),
          clientSecret: z
            .string()
            .min(1)
            .max(2000)
            .optional()
            .describe('Omit to keep the current one'),
          defaultRole: z
            .enum(personRoles)
            .nullable()
            .default(null)
            .describe('Role for a verified email with no membership; null refuses them'),
          enabled: z.boolean().default(true),
        }),
        response: { 200: configSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const current = await findOidcConfig(ctx.db, viewer.tenantId);
      const { clientSecret, ...rest } = request.body;
      if (rest.defaultRole === 'owner' || rest.defaultRole === 'admin')
        throw new AppError(
          'VALIDATION_FAILED',
          'defaultRole: SSO may not hand out owner or admin',
          [{ path: 'body.defaultRole', message: 'may not be owner or admin' }],
        );
      const config: OidcConfig = {
        tenantId: viewer.tenantId,
        ...rest,
        clientSecret:
          clientSecret === undefined
            ? (current?.clientSecret ?? null)
            : sealSecret(secrets, clientSecret, secretContexts.oidcClient(viewer.tenantId)),
        updatedAt: Date.now(),
      };
      await ctx.db.transaction(async (tx) => {
        await saveOidcConfig(tx, config);
        await recordAudit(tx, viewer.tenantId, {
          action: 'sso.configured',
          actor: viewer.actor,
          ip: request.ip,
          details: { ...rest, clientSecretChanged: clientSecret !== undefined },
        });
      });
      return present(config);
    },
  );

  api.delete(
    '/api/v1/sso/oidc',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove the OpenID Connect provider',
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      if (!(await deleteOidcConfig(ctx.db, viewer.tenantId)))
        throw new AppError('SSO_NOT_CONFIGURED', 'no OpenID Connect provider is set up');
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'sso.removed',
        actor: viewer.actor,
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );
}
