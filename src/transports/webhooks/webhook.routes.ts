import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit.service.js';
import { requireSecrets } from '../../secrets/secret-box.factory.js';
import { secretBoxOf } from '../../secrets/secret-box.factory.js';
import { countsSchema, presentCounts } from '../../events/event.presenter.js';
import { formatNames } from '../../events/formats/index.js';
import { viewerOfRequest } from '../../http/auth.hook.js';
import type { AppContext } from '../../http/context.js';
import { problemSchema, protectedErrors, toIso } from '../../http/schemas.js';
import { findTenantById } from '../../tenancy/tenant.repository.js';
import { listWebhooks } from './webhook-secret.repository.js';
import { receiveWebhook, rotateWebhookSecret } from './webhook.service.js';

const source = z.enum(formatNames() as [string, ...string[]]);

/**
 * Signed webhooks. A sender posts to `/api/v1/webhooks/{source}/{tenant}`; the route needs no
 * token because the signature, made with the tenant's secret for that source, authenticates it.
 * GoPhish signs its own way (`X-Gophish-Signature`); any other sender uses Bulwark's scheme. The
 * body is kept as raw bytes, since the signature covers exactly those.
 */
export function webhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  const secrets = secretBoxOf(ctx.config);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/webhooks',
    {
      config: { access: { permission: 'connectors:read' } },
      schema: {
        tags: ['webhooks'],
        summary: 'Webhook sources set up for this tenant, with deliveries received and refused',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                source: z.string(),
                path: z.string(),
                received: z.number().int(),
                refused: z.number().int().describe('Refused for a missing or wrong signature'),
                lastReceivedAt: z.string().nullable(),
              }),
            ),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const slug = await tenantSlugOf(ctx, viewer.tenantId);
      const items = await listWebhooks(ctx.db, viewer.tenantId);
      return {
        items: items.map((w) => ({
          source: w.source,
          path: `/api/v1/webhooks/${w.source}/${slug}`,
          received: w.received,
          refused: w.refused,
          lastReceivedAt: toIso(w.lastReceivedAt),
        })),
      };
    },
  );

  app.withTypeProvider<ZodTypeProvider>().put(
    '/api/v1/webhooks/:source/secret',
    {
      config: { access: { permission: 'connectors:manage' } },
      schema: {
        tags: ['webhooks'],
        summary: 'Set a new random secret for a webhook source (shown once)',
        params: z.object({ source }),
        response: {
          200: z.object({ source: z.string(), secret: z.string(), path: z.string() }),
          ...protectedErrors,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const box = requireSecrets(secrets);
      const deps = { db: ctx.db, secrets: box, now: ctx.clock.now() };
      const secret = await rotateWebhookSecret(deps, viewer.tenantId, request.params.source);
      await recordAudit(ctx.db, viewer.tenantId, {
        action: 'webhook.secret_set',
        actor: viewer.actor,
        ip: request.ip,
        target: `webhook:${request.params.source}`,
        details: {},
      });
      const slug = await tenantSlugOf(ctx, viewer.tenantId);
      return {
        source: request.params.source,
        secret,
        path: `/api/v1/webhooks/${request.params.source}/${slug}`,
      };
    },
  );

  void app.register((signed, _options, done) => {
    signed.removeAllContentTypeParsers();
    signed.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: ctx.config.webhookBodyLimitBytes },
      (_req, body, done) => done(null, body),
    );
    signed.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/webhooks/:source/:tenantSlug',
      {
        config: { access: { permission: 'public' } },
        bodyLimit: ctx.config.webhookBodyLimitBytes,
        schema: {
          tags: ['webhooks'],
          summary:
            'Receive a signed webhook (GoPhish: X-Gophish-Signature; others: X-Bulwark-Signature)',
          security: [],
          params: z.object({ source, tenantSlug: z.string().min(1).max(100) }),
          response: {
            200: countsSchema,
            401: problemSchema,
            404: problemSchema,
            413: problemSchema,
          },
        },
      },
      async (request) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const result = await receiveWebhook(
          { db: ctx.db, clock: ctx.clock, secrets, catalogFor: (id) => ctx.catalogFor(id) },
          {
            source: request.params.source,
            tenantSlug: request.params.tenantSlug,
            body,
            headers: request.headers,
          },
        );
        request.log.info(
          { tenantId: result.tenantId, source: request.params.source, ...presentCounts(result) },
          'webhook ingested',
        );
        return presentCounts(result);
      },
    );
    done();
  });
}

async function tenantSlugOf(ctx: AppContext, tenantId: string): Promise<string> {
  return (await findTenantById(ctx.db, tenantId))?.slug ?? '';
}
