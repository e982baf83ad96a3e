import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors } from '../http/schemas.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { confirmTotp, disableTotp, enrollTotp } from './account.service.js';
import { originOf } from './origin.js';

const self = { access: { permission: 'account:self' as const, sessionOnly: true } };
const tags = ['auth'];
const codeBody = z.object({ code: z.string().regex(/^\d{6}$/, 'must be six digits') });

/** Enrolling, confirming and removing an authenticator app (RFC 6238 TOTP). */
export function totpRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const secrets = secretBoxOf(ctx.config);
  api.post(
    '/api/v1/auth/totp/enroll',
    {
      config: self,
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app; show the URI as a QR code',
        response: {
          200: z.object({ secret: z.string(), otpauthUri: z.string() }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const { secret, uri } = await enrollTotp(ctx.db, secrets, sessionOfRequest(request).user);
      return { secret, otpauthUri: uri };
    },
  );

  api.post(
    '/api/v1/auth/totp/confirm',
    {
      config: self,
      schema: {
        tags,
        summary: 'Finish enrolling with a code from the app; sign-in then asks for a code',
        body: codeBody,
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const { user, session } = sessionOfRequest(request);
      await confirmTotp(
        ctx.db,
        secrets,
        user,
        session.tenantId,
        request.body.code,
        originOf(request),
      );
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/v1/auth/totp/disable',
    {
      config: self,
      schema: {
        tags,
        summary: 'Remove the authenticator, proven with a current code',
        body: codeBody,
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      const { user, session } = sessionOfRequest(request);
      await disableTotp(
        ctx.db,
        secrets,
        user,
        session.tenantId,
        request.body.code,
        originOf(request),
      );
      return reply.code(204).send(null);
    },
  );
}
