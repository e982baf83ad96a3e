import type { PersonRole } from '../auth/roles.js';
import type { Scope } from '../auth/viewer.js';
import type { TestServer } from '../../test/support/server.js';
import { uniqueEmail } from '../../test/support/factories.js';
import type { Tenant } from '../tenancy/tenant.js';
import { cliActor } from './actor.js';
import { SESSION_COOKIE } from './session.js';
import type { User } from './user.js';
import { addMembership, createUser } from './user.service.js';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A user with a password and a membership in the tenant. */
export async function userIn(
  s: TestServer,
  tenant: Tenant,
  role: PersonRole,
  options: { subject?: string; scope?: Scope; password?: string | null } = {},
): Promise<User> {
  const password = options.password === null ? undefined : (options.password ?? TEST_PASSWORD);
  const user = await createUser(s.t.db, { email: uniqueEmail(role), password }, cliActor);
  await addMembership(
    s.t.db,
    tenant.id,
    user.id,
    { role, subject: options.subject, scope: options.scope },
    cliActor,
  );
  return user;
}

/** A signed-in browser: the session cookie and the CSRF token to send with changes. */
export interface Browser {
  cookie: string;
  csrf: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error('no session cookie was set');
  return header.split(';')[0] ?? '';
}

export async function login(
  s: TestServer,
  email: string,
  password = TEST_PASSWORD,
  extra: Record<string, string> = {},
): Promise<Browser> {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...extra },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookieOf(res.headers['set-cookie']);
  const { csrfToken: csrf } = res.json<{ csrfToken: string }>();
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}
