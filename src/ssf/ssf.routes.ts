import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicUrlOf } from '../accounts/cookie-policy.js';
import type { AuditAction } from '../audit/audit.js';
import { recordAudit } from '../audit/audit.service.js';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { problemSchema, protectedErrors } from '../http/schemas.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { AppError } from '../shared/errors.js';
import { findTenantBySlug } from '../tenancy/tenant.repository.js';
import { ensureKey, publicKeys, rotateKey } from './key.service.js';
import { streamStatuses } from './ssf.js';
import {
  addSubject,
  changeStream,
  createStream,
  deliveryHealth,
  issuerOf,
  listVisibleStreams,
  presentStatus,
  presentStream,
  removeStream,
  removeSubject,
  replayStream,
  requestVerification,
  setStatus,
  visibleStream,
  type StreamDeps,
} from './stream.service.js';
import { subjectSchema } from './subject.js';
import { jwks, MANAGEMENT_PATHS, transmitterMetadata } from './transmitter.js';

const open = { access: { permission: 'public' as const } };
const streams = { access: { permission: 'ssf:streams' as const } };
const keys = { access: { permission: 'ssf:keys' as const } };
const tags = ['ssf'];

const streamId = z.string().trim().min(1).max(100);
const eventUris = z.array(z.string().max(500)).max(50);
const delivery = z.object({
  method: z.string().max(200),
  endpoint_url: z.string().max(2000).optional(),
  authorization_header: z
    .string()
    .min(1)
    .max(4096)
    .optional()
    .describe('Sent with every push; stored encrypted and never returned'),
});
const receiverFields = {
  events_requested: eventUris.optional(),
  delivery: delivery.optional(),
  description: z.string().max(1000).nullable().optional(),
  iss: z.string().max(2000).optional(),
  aud: z.string().trim().min(1).max(2000).optional(),
  events_supported: eventUris.optional(),
  events_delivered: eventUris.optional(),
  min_verification_interval: z.number().int().optional(),
};
const createBody = z.object(receiverFields);
const changeBody = z.object({ stream_id: streamId, ...receiverFields });

const configuration = z
  .object({
    stream_id: z.string(),
    iss: z.string(),
    aud: z.string(),
    events_supported: z.array(z.string()),
    events_requested: z.array(z.string()),
    events_delivered: z.array(z.string()),
    delivery: z.object({ method: z.string(), endpoint_url: z.string() }),
    min_verification_interval: z.number().int(),
    description: z.string().optional(),
  })
  .describe('Stream configuration (SSF 1.0); the Authorization header is never returned');
const statusView = z.object({
  stream_id: z.string(),
  status: z.enum(streamStatuses),
  reason: z.string().optional(),
});
const metadataSchema = z.object({
  spec_version: z.string(),
  issuer: z.string(),
  jwks_uri: z.string(),
  delivery_methods_supported: z.array(z.string()),
  configuration_endpoint: z.string(),
  status_endpoint: z.string(),
  add_subject_endpoint: z.string(),
  remove_subject_endpoint: z.string(),
  verification_endpoint: z.string(),
  authorization_schemes: z.array(z.object({ spec_urn: z.string() })),
  default_subjects: z.string(),
  events_supported: z.array(z.string()),
});
const jwkSchema = z.object({
  kty: z.literal('RSA'),
  kid: z.string(),
  use: z.literal('sig'),
  alg: z.literal('RS256'),
  n: z.string(),
  e: z.string(),
});
const tenantParams = z.object({ tenant: z.string().min(1).max(63) });
const streamQuery = z.object({ stream_id: streamId });

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/**
 * The Shared Signals Framework transmitter (docs/ssf.md): per-tenant metadata and JWKS (public,
 * as receivers fetch them before they hold any credential), and the stream management API for
 * receivers' `ssf` tokens (their own streams) and owners and administrators (every stream).
 */
export function ssfRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const secrets = secretBoxOf(ctx.config);
  const publicUrl = publicUrlOf(ctx.config);
  const deps = (): StreamDeps => ({ db: ctx.db, secrets, publicUrl, now: ctx.clock.now() });
  const tenantOf = async (slug: string) => {
    const tenant = await findTenantBySlug(ctx.db, slug);
    if (!tenant) throw new AppError('TENANT_NOT_FOUND', `no tenant "${slug}"`);
    return tenant;
  };
  const audit = (request: FastifyRequest, action: AuditAction, target: string, details = {}) => {
    const viewer = viewerOfRequest(request);
    return recordAudit(ctx.db, viewer.tenantId, {
      action,
      actor: viewer.actor,
      ip: request.ip,
      target,
      details,
    });
  };

  api.get(
    '/.well-known/ssf-configuration/ssf/:tenant',
    {
      config: open,
      schema: {
        tags,
        summary: "A tenant's transmitter configuration metadata (SSF 1.0 §7)",
        security: [],
        params: tenantParams,
        response: { 200: metadataSchema, 404: problemSchema },
      },
    },
    async (request) => transmitterMetadata(publicUrl, (await tenantOf(request.params.tenant)).slug),
  );

  api.get(
    '/ssf/:tenant/jwks.json',
    {
      config: open,
      schema: {
        tags,
        summary: "The keys that verify a tenant's SETs: the current one and recently retired ones",
        security: [],
        params: tenantParams,
        response: { 200: z.object({ keys: z.array(jwkSchema) }), 404: problemSchema },
      },
    },
    async (request) => {
      const tenant = await tenantOf(request.params.tenant);
      const now = ctx.clock.now();
      if (secrets) await ensureKey({ db: ctx.db, secrets, now }, tenant.id);
      return jwks(await publicKeys({ db: ctx.db, now }, tenant.id));
    },
  );

  api.post(
    MANAGEMENT_PATHS.configuration,
    {
      config: streams,
      schema: {
        tags,
        summary: 'Create an event stream (push delivery, RFC 8935)',
        body: createBody,
        response: {
          201: configuration,
          ...protectedErrors,
          409: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const created = await createStream(deps(), viewerOfRequest(request), request.body);
      await audit(request, 'ssf.stream_created', `ssf-stream:${created.stream_id}`, {
        endpoint: created.delivery.endpoint_url,
        events: created.events_delivered,
      });
      return noStore(reply).code(201).send(created);
    },
  );

  api.get(
    MANAGEMENT_PATHS.configuration,
    {
      config: streams,
      schema: {
        tags,
        summary: "A stream's configuration, or every stream this caller may see",
        querystring: z.object({ stream_id: streamId.optional() }),
        response: { 200: z.union([configuration, z.array(configuration)]), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOfRequest(request);
      const iss = await issuerOf(ctx.db, publicUrl, viewer.tenantId);
      noStore(reply);
      const id = request.query.stream_id;
      if (id) return presentStream(await visibleStream(ctx.db, viewer, id), iss);
      return (await listVisibleStreams(ctx.db, viewer)).map((s) => presentStream(s, iss));
    },
  );

  for (const [method, mode] of [
    ['patch', 'patch'],
    ['put', 'replace'],
  ] as const)
    api[method](
      MANAGEMENT_PATHS.configuration,
      {
        config: streams,
        schema: {
          tags,
          summary:
            mode === 'patch'
              ? 'Update a stream: only the properties given change'
              : 'Replace a stream: receiver properties left out are cleared',
          body: changeBody,
          response: { 200: configuration, ...protectedErrors, 503: problemSchema },
        },
      },
      async (request, reply) => {
        const { stream_id: id, ...input } = request.body;
        const changed = await changeStream(deps(), viewerOfRequest(request), id, input, mode);
        await audit(request, 'ssf.stream_changed', `ssf-stream:${id}`, {
          endpoint: changed.delivery.endpoint_url,
          events: changed.events_delivered,
          authorizationChanged: input.delivery?.authorization_header !== undefined,
        });
        return noStore(reply).send(changed);
      },
    );

  api.delete(
    MANAGEMENT_PATHS.configuration,
    {
      config: streams,
      schema: {
        tags,
        summary: 'Delete a stream and the SETs it had yet to deliver',
        querystring: streamQuery,
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      await removeStream(deps(), viewerOfRequest(request), request.query.stream_id);
      await audit(request, 'ssf.stream_removed', `ssf-stream:${request.query.stream_id}`);
      return noStore(reply).code(204).send(null);
    },
  );

  api.get(
    MANAGEMENT_PATHS.status,
    {
      config: streams,
      schema: {
        tags,
        summary: "A stream's status",
        querystring: streamQuery,
        response: { 200: statusView, ...protectedErrors },
      },
    },
    async (request, reply) => {
      const s = await visibleStream(ctx.db, viewerOfRequest(request), request.query.stream_id);
      return noStore(reply).send(presentStatus(s));
    },
  );

  api.post(
    MANAGEMENT_PATHS.status,
    {
      config: streams,
      schema: {
        tags,
        summary: 'Enable, pause or disable a stream',
        body: z.object({
          stream_id: streamId,
          status: z.enum(streamStatuses),
          reason: z.string().max(500).optional(),
        }),
        response: { 200: statusView, ...protectedErrors },
      },
    },
    async (request, reply) => {
      const { stream_id: id, ...change } = request.body;
      const status = await setStatus(deps(), viewerOfRequest(request), id, change);
      await audit(request, 'ssf.stream_status', `ssf-stream:${id}`, { ...status });
      return noStore(reply).send(status);
    },
  );

  api.post(
    MANAGEMENT_PATHS.addSubject,
    {
      config: streams,
      schema: {
        tags,
        summary: 'Add a subject back to a stream (every subject is in a stream by default)',
        body: z.object({
          stream_id: streamId,
          subject: subjectSchema,
          verified: z.boolean().optional(),
        }),
        response: { 200: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const { stream_id: id, subject } = request.body;
      await addSubject(deps(), viewerOfRequest(request), id, subject);
      // SSF: "an empty 200 OK".
      return noStore(reply)
        .code(200)
        .type('text/plain')
        .serializer(() => '')
        .send(null);
    },
  );

  api.post(
    MANAGEMENT_PATHS.removeSubject,
    {
      config: streams,
      schema: {
        tags,
        summary: 'Stop sending events about a subject on a stream',
        body: z.object({ stream_id: streamId, subject: subjectSchema }),
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const { stream_id: id, subject } = request.body;
      await removeSubject(deps(), viewerOfRequest(request), id, subject);
      return noStore(reply).code(204).send(null);
    },
  );

  api.post(
    MANAGEMENT_PATHS.verification,
    {
      config: streams,
      schema: {
        tags,
        summary: 'Ask for a verification SET on a stream',
        body: z.object({ stream_id: streamId, state: z.string().max(1000).optional() }),
        response: { 204: z.null(), ...protectedErrors, 409: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const { stream_id: id, state } = request.body;
      await requestVerification(deps(), viewerOfRequest(request), id, state);
      return noStore(reply).code(204).send(null);
    },
  );

  api.get(
    '/api/v1/ssf/deliveries',
    {
      config: streams,
      schema: {
        tags,
        summary: "How the caller's streams are delivering: SETs by state and the newest error",
        response: {
          200: z.object({
            items: z.array(
              z.object({
                stream_id: z.string(),
                status: z.enum(streamStatuses),
                endpoint_url: z.string(),
                messages: z.object({
                  pending: z.number().int(),
                  delivering: z.number().int(),
                  delivered: z.number().int(),
                  dead: z.number().int(),
                }),
                last_error: z.string().nullable(),
                last_error_at: z.string().nullable(),
              }),
            ),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request, reply) =>
      noStore(reply).send({ items: await deliveryHealth(ctx.db, viewerOfRequest(request)) }),
  );

  api.post(
    '/api/v1/ssf/replay',
    {
      config: streams,
      schema: {
        tags,
        summary: "Try a stream's dead SETs again (after the receiver was fixed)",
        body: z.object({ stream_id: streamId }),
        response: { 200: z.object({ replayed: z.number().int() }), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const id = request.body.stream_id;
      const replayed = await replayStream(deps(), viewerOfRequest(request), id);
      await audit(request, 'ssf.stream_changed', `ssf-stream:${id}`, { replayed });
      return noStore(reply).send({ replayed });
    },
  );

  api.post(
    '/api/v1/ssf/keys/rotate',
    {
      config: keys,
      schema: {
        tags,
        summary: 'Replace the signing key; the old public key stays in the JWKS for 7 days',
        response: {
          200: z.object({ kid: z.string(), published: z.array(z.string()) }),
          ...protectedErrors,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const now = ctx.clock.now();
      const key = await rotateKey({ db: ctx.db, secrets, now }, viewer.tenantId);
      await audit(request, 'ssf.key_rotated', `ssf-key:${key.kid}`);
      const published = await publicKeys({ db: ctx.db, now }, viewer.tenantId);
      return { kid: key.kid, published: published.map((k) => k.kid) };
    },
  );
}
