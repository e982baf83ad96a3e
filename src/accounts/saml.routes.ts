import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { problemSchema, protectedErrors } from '../http/schemas.js';
import { publicUrlOf, cookiesSecure, sessionCookie, sessionPolicyOf } from './cookie-policy.js';
import { parseCookies, serialiseCookie } from './cookies.js';
import { originOf } from './origin.js';
import { spMetadataXml } from './saml.client.js';
import {
  SAML_FLOW_TTL_MS,
  acceptSamlResponse,
  finishSaml,
  samlOf,
  startSaml,
} from './saml.service.js';

const FLOW_COOKIE = 'bulwark_saml';
const FLOW_PATH = '/api/v1/auth/saml';
/** A signed Response with a few certificates and attributes is a few tens of kilobytes. */
const RESPONSE_MAX = 256 * 1024;
const tags = ['auth'];
const open = { access: { permission: 'public' as const } };
const tenantParams = z.object({ tenant: z.string().min(1).max(63) });

/** Single sign-on through the tenant's SAML 2.0 identity provider (Web Browser SSO profile). */
export function samlRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const publicUrl = () => publicUrlOf(ctx.config);
  const flowCookie = (value: string, maxAge: number) =>
    serialiseCookie(FLOW_COOKIE, value, {
      path: FLOW_PATH,
      secure: cookiesSecure(ctx.config),
      maxAge,
    });

  api.get(
    '/api/v1/auth/saml/:tenant/metadata',
    {
      config: open,
      schema: {
        tags,
        summary: "The service provider's SAML metadata (XML), for the identity provider",
        security: [],
        params: tenantParams,
        response: {
          200: z.string().describe('SAML 2.0 metadata XML (application/samlmetadata+xml)'),
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { sp } = await samlOf(ctx.db, request.params.tenant, publicUrl(), {
        enabledOnly: false,
      });
      return reply.type('application/samlmetadata+xml; charset=utf-8').send(spMetadataXml(sp));
    },
  );

  api.get(
    '/api/v1/auth/saml/:tenant/start',
    {
      config: open,
      schema: {
        tags,
        summary: "Send the browser to the tenant's SAML identity provider with an AuthnRequest",
        security: [],
        params: tenantParams,
        response: { 302: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const started = await startSaml(ctx.db, request.params.tenant, publicUrl());
      return reply
        .code(302)
        .header('location', started.location)
        .header('set-cookie', flowCookie(started.flowId, SAML_FLOW_TTL_MS / 1000))
        .send(null);
    },
  );

  void app.register((form, _options, done) => {
    form.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: RESPONSE_MAX * 2 },
      (_req, body, parsed) => parsed(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    form.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/auth/saml/:tenant/acs',
      {
        config: open,
        bodyLimit: RESPONSE_MAX * 2,
        schema: {
          tags,
          summary: 'Assertion Consumer Service (HTTP-POST binding); then finishes in the browser',
          security: [],
          params: tenantParams,
          consumes: ['application/x-www-form-urlencoded'],
          body: z.object({
            SAMLResponse: z.string().min(1).max(RESPONSE_MAX),
            RelayState: z.string().max(200).optional(),
          }),
          response: { 303: z.null(), ...protectedErrors },
        },
      },
      async (request, reply) => {
        await acceptSamlResponse(
          ctx.db,
          {
            tenantSlug: request.params.tenant,
            samlResponse: request.body.SAMLResponse,
            relayState: request.body.RelayState,
          },
          originOf(request),
          publicUrl(),
        );
        // The flow cookie is SameSite=Lax, so it does not come with this cross-site POST; the
        // browser brings it to the next step, a top-level GET on this site.
        const next = `${FLOW_PATH}/${encodeURIComponent(request.params.tenant)}/finish`;
        return reply.code(303).header('location', `${publicUrl()}${next}`).send(null);
      },
    );
    done();
  });

  api.get(
    '/api/v1/auth/saml/:tenant/finish',
    {
      config: open,
      schema: {
        tags,
        summary: 'Finishes a SAML sign-in in the browser that started it; goes to the dashboard',
        security: [],
        params: tenantParams,
        response: { 302: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      reply.header('set-cookie', flowCookie('', 0));
      const signedIn = await finishSaml(
        ctx.db,
        {
          tenantSlug: request.params.tenant,
          flowId: parseCookies(request.headers.cookie).get(FLOW_COOKIE),
        },
        originOf(request),
        sessionPolicyOf(ctx.config),
        publicUrl(),
      );
      return reply
        .code(302)
        .header('set-cookie', [flowCookie('', 0), sessionCookie(ctx.config, signedIn.sessionId)])
        .header('location', `${publicUrl()}/`)
        .send(null);
    },
  );
}
