import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { authRoutes } from '../accounts/auth.routes.js';
import { emailLinkRoutes } from '../accounts/email-link.routes.js';
import { oidcRoutes } from '../accounts/oidc.routes.js';
import { samlSettingsRoutes } from '../accounts/saml-settings.routes.js';
import { samlRoutes } from '../accounts/saml.routes.js';
import { ssoStartRoutes } from '../accounts/sso-start.routes.js';
import { ssoRoutes } from '../accounts/sso.routes.js';
import { totpRoutes } from '../accounts/totp.routes.js';
import { userRoutes } from '../accounts/user.routes.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { scimAudit } from '../audit/scim-audit.js';
import { tokenRoutes } from '../auth/token.routes.js';
import { catalogRoutes } from '../catalog/catalog.routes.js';
import { connectorRoutes } from '../connectors/connector.routes.js';
import { identityRoutes } from '../directory/identity.routes.js';
import { scimRoutes } from '../directory/scim/scim.routes.js';
import { cohortRoutes } from '../scoring/cohort.routes.js';
import { riskInsightRoutes } from '../scoring/risk-insight.routes.js';
import { riskRoutes } from '../scoring/risk.routes.js';
import { weightRoutes } from '../scoring/weights.routes.js';
import { deadLetterRoutes } from '../events/dead-letter.routes.js';
import { eventRoutes } from '../events/events.routes.js';
import { ingestRoutes } from '../events/ingest.routes.js';
import { registerAuth } from './auth.hook.js';
import type { AppContext } from './context.js';
import { healthRoutes } from './health.routes.js';
import { openApiRoutes } from './openapi.routes.js';
import { sendProblem, toProblem } from './problem.js';
import { syslogSourceRoutes } from '../transports/syslog/syslog-source.routes.js';
import { webhookRoutes } from '../transports/webhooks/webhook.routes.js';
import { webRoutes } from './web.routes.js';
import { ssfRoutes } from '../ssf/ssf.routes.js';
import { destinationRoutes } from '../destinations/destination.routes.js';
import './route-config.js';

/** Every route module; each registers its routes with their access rules and schemas. */
export const routeModules: ((app: FastifyInstance, ctx: AppContext) => void)[] = [
  healthRoutes,
  identityRoutes,
  eventRoutes,
  ingestRoutes,
  deadLetterRoutes,
  catalogRoutes,
  tokenRoutes,
  authRoutes,
  totpRoutes,
  emailLinkRoutes,
  oidcRoutes,
  ssoRoutes,
  samlRoutes,
  samlSettingsRoutes,
  ssoStartRoutes,
  userRoutes,
  auditRoutes,
  scimAudit,
  openApiRoutes,
  scimRoutes,
  riskRoutes,
  riskInsightRoutes,
  cohortRoutes,
  weightRoutes,
  connectorRoutes,
  webhookRoutes,
  syslogSourceRoutes,
  destinationRoutes,
  ssfRoutes,
  // Last: the dashboard answers every other GET outside the API.
  webRoutes,
];

export async function buildServer(
  ctx: AppContext,
  extraModules: typeof routeModules = [],
): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger = ctx.logger;
  const app = Fastify({
    loggerInstance,
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: ctx.config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addContentTypeParser(
    ['application/x-ndjson', 'application/ndjson'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler((error, request, reply) => {
    const { problem, expected } = toProblem(error, request);
    if (expected)
      request.log.info({ code: problem.code, detail: problem.detail }, 'request refused');
    else request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const { problem } = toProblem({ statusCode: 404 }, request);
    return sendProblem(reply, problem);
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bulwark API',
        version: '1',
        description:
          'Human risk management: directory, events and risk. Errors are RFC 9457 problem details.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerAuth(app, ctx.db);
  for (const register of [...routeModules, ...extraModules]) register(app, ctx);
  await app.ready();
  return app;
}
