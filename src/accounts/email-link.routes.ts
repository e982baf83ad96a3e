import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { problemSchema, protectedErrors } from '../http/schemas.js';
import { AppError } from '../shared/errors.js';
import { sendSignedIn } from './auth.routes.js';
import { publicUrlOf, sessionPolicyOf } from './cookie-policy.js';
import { prepareEmailLink, redeemEmailLink } from './email-link.service.js';
import { ThrottledError } from './login.service.js';
import { originOf } from './origin.js';
import { sessionSchema } from './session.presenter.js';

const tags = ['auth'];
const open = { access: { permission: 'public' as const } };

/** Employee sign-in by a one-time link sent by mail. */
export function emailLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/auth/email-link',
    {
      config: open,
      schema: {
        tags,
        summary: 'Mail a one-time sign-in link to a member of the tenant',
        description:
          'Answers 202 whether or not the address belongs to a member, so that it does not tell. ' +
          'The link opens /sign-in/email#token=…, which posts the token to /email-link/redeem.',
        body: z.object({ email: z.string().min(3).max(320), tenant: z.string().min(1).max(100) }),
        response: {
          202: z.object({ status: z.literal('sent-if-member') }),
          ...protectedErrors,
          429: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const mail = ctx.mail;
      if (!mail)
        throw new AppError('MAIL_NOT_CONFIGURED', 'sign-in links need BULWARK_SMTP_URL to be set');
      try {
        const message = await prepareEmailLink(
          ctx.db,
          request.body,
          originOf(request),
          publicUrlOf(ctx.config),
        );
        // Sent after answering, so the time taken does not tell members from strangers.
        if (message)
          setImmediate(() => {
            mail
              .send(message)
              .catch((err: unknown) => request.log.error({ err }, 'sign-in mail failed'));
          });
      } catch (error) {
        if (error instanceof ThrottledError) reply.header('retry-after', String(error.retryAfter));
        throw error;
      }
      return reply.code(202).send({ status: 'sent-if-member' as const });
    },
  );

  api.post(
    '/api/v1/auth/email-link/redeem',
    {
      config: open,
      schema: {
        tags,
        summary: "Exchange a sign-in link's token for a session (the link works once)",
        body: z.object({ token: z.string().min(1).max(200) }),
        response: { 200: sessionSchema, ...protectedErrors },
      },
    },
    async (request, reply) => {
      const signedIn = await redeemEmailLink(
        ctx.db,
        request.body.token,
        originOf(request),
        sessionPolicyOf(ctx.config),
      );
      return sendSignedIn(ctx, reply, signedIn);
    },
  );
}
