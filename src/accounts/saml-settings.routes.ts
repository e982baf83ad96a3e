import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personRoles } from '../auth/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors, toIso } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { findTenantById } from '../tenancy/tenant.repository.js';
import { issuerProblem } from './oidc.client.js';
import { publicUrlOf } from './cookie-policy.js';
import type { CertificateInfo } from './saml.certificates.js';
import { readCertificate, readCertificates } from './saml.certificates.js';
import { spEndpointsOf, spMetadataXml } from './saml.client.js';
import type { SamlConfig } from './saml.repository.js';
import { deleteSamlConfig, findSamlConfig, saveSamlConfig } from './saml.repository.js';

const manage = { access: { permission: 'sso:manage' as const } };

const certificateOf = (pem: string): CertificateInfo[] => {
  const info = readCertificate(pem);
  return typeof info === 'string' ? [] : [info];
};
const tags = ['sso'];

const spSchema = z.object({
  entityId: z.string().describe('The service provider entity id (also the Audience)'),
  acsUrl: z.string().describe('Assertion Consumer Service URL (HTTP-POST binding)'),
  metadataUrl: z.string().describe('Service provider metadata (XML) for the identity provider'),
  startUrl: z.string().describe('Where a sign-in button should send the browser'),
  metadataXml: z.string(),
});

const configSchema = z.object({
  idpEntityId: z.string(),
  ssoUrl: z.string(),
  certificates: z.array(
    z.object({ fingerprint: z.string(), subject: z.string(), notAfter: z.string() }),
  ),
  emailAttribute: z.string().nullable(),
  defaultRole: z.enum(personRoles).nullable(),
  enabled: z.boolean(),
  serviceProvider: spSchema,
  updatedAt: z.string(),
});

const bodySchema = z.object({
  idpEntityId: z.string().min(1).max(500).describe("The IdP's entity id (Issuer)"),
  ssoUrl: z
    .string()
    .max(2000)
    .refine((v) => !issuerProblem(v), 'must be an https:// URL')
    .describe("The IdP's single sign-on URL for the HTTP-Redirect binding"),
  certificates: z
    .array(z.string().min(1).max(20_000))
    .min(1)
    .max(5)
    .optional()
    .describe(
      "The IdP's signing certificates, PEM or base64; several while it rolls its key. Omit to keep the current ones",
    ),
  emailAttribute: z
    .string()
    .min(1)
    .max(500)
    .nullable()
    .default(null)
    .describe('Attribute holding the email; null: the NameID is the email'),
  defaultRole: z
    .enum(personRoles)
    .nullable()
    .default(null)
    .describe('Role for an asserted email with no membership; null refuses them'),
  enabled: z.boolean().default(true),
});

/** Setting up the tenant's SAML 2.0 identity provider. */
export function samlSettingsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const serviceProvider = async (tenantId: string) => {
    const slug = (await findTenantById(ctx.db, tenantId))?.slug ?? '';
    const sp = spEndpointsOf(publicUrlOf(ctx.config), slug);
    return { ...sp, metadataXml: spMetadataXml(sp) };
  };
  const present = async (c: SamlConfig): Promise<z.infer<typeof configSchema>> => ({
    idpEntityId: c.idpEntityId,
    ssoUrl: c.ssoUrl,
    certificates: c.certificates.flatMap(certificateOf).map((info) => ({
      fingerprint: info.fingerprint,
      subject: info.subject,
      notAfter: toIso(info.notAfter) ?? '',
    })),
    emailAttribute: c.emailAttribute,
    defaultRole: c.defaultRole,
    enabled: c.enabled,
    serviceProvider: await serviceProvider(c.tenantId),
    updatedAt: toIso(c.updatedAt) ?? '',
  });

  api.get(
    '/api/v1/sso/saml/service-provider',
    {
      config: manage,
      schema: {
        tags,
        summary: 'What to register at the identity provider, before or after setting it up here',
        response: { 200: spSchema, ...protectedErrors },
      },
    },
    async (request) => serviceProvider(viewerOfRequest(request).tenantId),
  );

  api.get(
    '/api/v1/sso/saml',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The SAML set-up',
        response: { 200: configSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const found = await findSamlConfig(ctx.db, viewerOfRequest(request).tenantId);
      if (!found) throw new AppError('SSO_NOT_CONFIGURED', 'no SAML identity provider is set up');
      return present(found);
    },
  );

  api.put(
    '/api/v1/sso/saml',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set up or change the SAML identity provider',
        body: bodySchema,
        response: { 200: configSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { certificates, ...rest } = request.body;
      if (rest.defaultRole === 'owner' || rest.defaultRole === 'admin')
        throw new AppError(
          'VALIDATION_FAILED',
          'defaultRole: SSO may not hand out owner or admin',
          [{ path: 'body.defaultRole', message: 'may not be owner or admin' }],
        );
      const current = await findSamlConfig(ctx.db, viewer.tenantId);
      if (!certificates && !current)
        throw new AppError('VALIDATION_FAILED', 'certificates: required to set up SAML', [
          { path: 'body.certificates', message: "required: the IdP's signing certificate" },
        ]);
      const read = certificates
        ? readCertificates(certificates, 'body.certificates')
        : { certificates: (current?.certificates ?? []).flatMap(certificateOf) };
      if ('problems' in read)
        throw new AppError(
          'VALIDATION_FAILED',
          read.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
          read.problems,
        );
      const config: SamlConfig = {
        tenantId: viewer.tenantId,
        ...rest,
        certificates: read.certificates.map((c) => c.pem),
        updatedAt: Date.now(),
      };
      await ctx.db.transaction(async (tx) => {
        await saveSamlConfig(tx, config);
        await recordAudit(tx, viewer.tenantId, {
          action: 'sso.configured',
          actor: viewer.actor,
          ip: request.ip,
          details: {
            protocol: 'saml',
            ...rest,
            certificates: read.certificates.map((c) => c.fingerprint),
          },
        });
      });
      return present(config);
    },
  );

  api.delete(
    '/api/v1/sso/saml',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove the SAML identity provider',
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      if (!(await deleteSamlConfig(ctx.db, viewer.tenantId)))
        throw new AppError('SSO_NOT_CONFIGURED', 'no SAML identity provider is set up');
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'sso.removed',
        actor: viewer.actor,
        ip: request.ip,
        details: { protocol: 'saml' },
      });
      return reply.code(204).send(null);
    },
  );
}
