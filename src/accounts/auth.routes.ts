import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { problemSchema, protectedErrors } from '../http/schemas.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { logout, switchTenant } from './account.service.js';
import { clearedSessionCookie, sessionCookie, sessionPolicyOf } from './cookie-policy.js';
import type { SignedIn } from './login.service.js';
import { ThrottledError, loginWithPassword } from './login.service.js';
import { listMembershipsOfUser } from './membership.repository.js';
import { originOf } from './origin.js';
import { PASSWORD_MAX } from './password.js';
import { csrfTokenOf } from './secrets.js';
import { presentSession, sessionSchema } from './session.presenter.js';
import type { SessionView } from './session.presenter.js';
import { findSession } from './session.repository.js';

const self = { access: { permission: 'account:self' as const, sessionOnly: true } };
const tags = ['auth'];

/** Sends a new session: its cookie, and its description with the CSRF token. */
export async function sendSignedIn(
  ctx: AppContext,
  reply: FastifyReply,
  signedIn: SignedIn,
): Promise<SessionView> {
  reply.header('set-cookie', sessionCookie(ctx.config, signedIn.sessionId));
  const memberships = await listMembershipsOfUser(ctx.db, signedIn.user.id);
  return presentSession(
    signedIn.user,
    signedIn.session,
    memberships,
    csrfTokenOf(signedIn.sessionId),
  );
}

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const secrets = secretBoxOf(ctx.config);
  api.post(
    '/api/v1/auth/login',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags,
        summary: 'Sign in with email and password (and a one-time code once enrolled)',
        description:
          'Sets the HttpOnly `bulwark_session` cookie. Wrong credentials answer 401 whether or ' +
          'not the account exists; too many failures per account or address answer 429.',
        body: z.object({
          email: z.string().min(1).max(320),
          password: z.string().min(1).max(PASSWORD_MAX),
          totp: z.string().max(10).optional(),
          tenant: z.string().max(100).optional().describe('Slug of the tenant to start in'),
        }),
        response: { 200: sessionSchema, ...protectedErrors, 429: problemSchema },
      },
    },
    async (request, reply) => {
      try {
        const signedIn = await loginWithPassword(
          ctx.db,
          secrets,
          request.body,
          originOf(request),
          sessionPolicyOf(ctx.config),
        );
        return await sendSignedIn(ctx, reply, signedIn);
      } catch (error) {
        if (error instanceof ThrottledError) reply.header('retry-after', String(error.retryAfter));
        throw error;
      }
    },
  );

  api.get(
    '/api/v1/auth/session',
    {
      config: self,
      schema: {
        tags,
        summary: 'The signed-in user, current tenant, role, scope, tenants and CSRF token',
        response: { 200: sessionSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const { user, session, csrfToken } = sessionOfRequest(request);
      return presentSession(user, session, await listMembershipsOfUser(ctx.db, user.id), csrfToken);
    },
  );

  api.post(
    '/api/v1/auth/logout',
    {
      config: self,
      schema: {
        tags,
        summary: 'End this session',
        response: { 204: z.null(), ...protectedErrors },
      },
    },
    async (request, reply) => {
      await logout(ctx.db, sessionOfRequest(request).session, originOf(request));
      return reply.code(204).header('set-cookie', clearedSessionCookie(ctx.config)).send(null);
    },
  );

  api.post(
    '/api/v1/auth/switch-tenant',
    {
      config: self,
      schema: {
        tags,
        summary: 'Work in another tenant the user belongs to',
        body: z.object({ tenant: z.string().min(1).max(100).describe('Slug or id') }),
        response: { 200: sessionSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const { user, session, csrfToken } = sessionOfRequest(request);
      await switchTenant(ctx.db, session, request.body.tenant, originOf(request));
      const moved = (await findSession(ctx.db, session.idHash)) ?? session;
      return presentSession(user, moved, await listMembershipsOfUser(ctx.db, user.id), csrfToken);
    },
  );
}
