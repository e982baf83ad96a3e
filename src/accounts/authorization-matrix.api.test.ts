import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { can, personRoles, roles } from '../auth/roles.js';
import { verifyChain } from '../audit/audit.service.js';
import type { DeclaredRoute } from '../http/auth.hook.js';
import { declaredRoutes } from '../http/auth.hook.js';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer } from '../../test/support/server.js';
import { uniqueEmail } from '../../test/support/factories.js';
import type { Side } from './matrix.test-support.js';
import { buildSide } from './matrix.test-support.js';
import { makeKeyPair } from './saml.test-support.js';

/**
 * Every route × every role (by token, and by session for people) × the caller's own tenant and a
 * foreign one. Expected outcomes come from each route's declared permission; only what the
 * permission model cannot tell is listed here: which routes are public, and how to name an object
 * in a route's path. A new route with a path parameter fails this test until it is listed.
 */

/** Public routes, each checked by hand to answer the same whoever calls. */
const publicRoutes = new Set([
  'GET /healthz',
  // Authenticated by the signature of the tenant's webhook secret, not by a token.
  'POST /api/v1/webhooks/:source/:tenantSlug',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/email-link',
  'POST /api/v1/auth/email-link/redeem',
  'GET /api/v1/auth/oidc/:tenant/start',
  'GET /api/v1/auth/oidc/:tenant/callback',
  'GET /api/v1/auth/sso/:tenant/start',
  // SAML: the IdP's answer is authenticated by its signature and the request it names.
  'GET /api/v1/auth/saml/:tenant/metadata',
  'GET /api/v1/auth/saml/:tenant/start',
  'POST /api/v1/auth/saml/:tenant/acs',
  'GET /api/v1/auth/saml/:tenant/finish',
  // Shared Signals transmitter metadata and keys: receivers fetch them before they hold a token.
  'GET /.well-known/ssf-configuration/ssf/:tenant',
  'GET /ssf/:tenant/jwks.json',
  // The dashboard's static files: the same for everyone, and they hold no tenant data.
  'GET /*',
]);

type Objects = Side['objects'];
/** How to fill a route's path with an object of a tenant. */
const pathObjects: Record<string, (o: Objects) => Record<string, string>> = {
  'GET /api/v1/identities/:id': (o) => ({ id: o.identityId }),
  'GET /api/v1/identities/:id/events': (o) => ({ id: o.identityId }),
  'DELETE /api/v1/tokens/:id': (o) => ({ id: o.tokenId }),
  'GET /api/v1/users/:id': (o) => ({ id: o.userId }),
  'PATCH /api/v1/users/:id': (o) => ({ id: o.userId }),
  'DELETE /api/v1/users/:id': (o) => ({ id: o.userId }),
  'GET /scim/v2/Users/:id': (o) => ({ id: o.identityId }),
  'PUT /scim/v2/Users/:id': (o) => ({ id: o.identityId }),
  'PATCH /scim/v2/Users/:id': (o) => ({ id: o.identityId }),
  'DELETE /scim/v2/Users/:id': (o) => ({ id: o.identityId }),
  'GET /scim/v2/Groups/:id': (o) => ({ id: o.groupId }),
  'PUT /scim/v2/Groups/:id': (o) => ({ id: o.groupId }),
  'PATCH /scim/v2/Groups/:id': (o) => ({ id: o.groupId }),
  'DELETE /scim/v2/Groups/:id': (o) => ({ id: o.groupId }),
  'GET /api/v1/identities/:id/risk': (o) => ({ id: o.identityId }),
  'GET /api/v1/identities/:id/risk/history': (o) => ({ id: o.identityId }),
  'GET /api/v1/cohorts/:id': (o) => ({ id: o.cohortId }),
  'PATCH /api/v1/cohorts/:id': (o) => ({ id: o.cohortId }),
  'DELETE /api/v1/cohorts/:id': (o) => ({ id: o.cohortId }),
  'GET /api/v1/cohorts/:id/members': (o) => ({ id: o.cohortId }),
  'GET /api/v1/cohorts/:id/history': (o) => ({ id: o.cohortId }),
  'GET /api/v1/connectors/:id': (o) => ({ id: o.connectorId }),
  'PATCH /api/v1/connectors/:id': (o) => ({ id: o.connectorId }),
  'DELETE /api/v1/connectors/:id': (o) => ({ id: o.connectorId }),
  'POST /api/v1/connectors/:id/run': (o) => ({ id: o.connectorId }),
  'GET /api/v1/destinations/:id': (o) => ({ id: o.destinationId }),
  'PATCH /api/v1/destinations/:id': (o) => ({ id: o.destinationId }),
  'DELETE /api/v1/destinations/:id': (o) => ({ id: o.destinationId }),
  'POST /api/v1/destinations/:id/test': (o) => ({ id: o.destinationId }),
  'GET /api/v1/destinations/:id/messages': (o) => ({ id: o.destinationId }),
  'POST /api/v1/destinations/:id/replay': (o) => ({ id: o.destinationId }),
};

/** Path parameters that name no tenant's object: the same for every caller. */
const globalParams: Record<string, Record<string, string>> = {
  'GET /scim/v2/ResourceTypes/:id': { id: 'User' },
  'GET /scim/v2/Schemas/:id': { id: 'urn:ietf:params:scim:schemas:core:2.0:User' },
  'POST /api/v1/ingest/:format': { format: 'okta' },
  'GET /api/v1/auth/oidc/:tenant/start': { tenant: 'no-such-tenant' },
  'GET /api/v1/auth/oidc/:tenant/callback': { tenant: 'no-such-tenant' },
  'GET /api/v1/auth/sso/:tenant/start': { tenant: 'no-such-tenant' },
  'GET /api/v1/auth/saml/:tenant/metadata': { tenant: 'no-such-tenant' },
  'GET /api/v1/auth/saml/:tenant/start': { tenant: 'no-such-tenant' },
  'POST /api/v1/auth/saml/:tenant/acs': { tenant: 'no-such-tenant' },
  'GET /api/v1/auth/saml/:tenant/finish': { tenant: 'no-such-tenant' },
  'PUT /api/v1/webhooks/:source/secret': { source: 'gophish' },
  'POST /api/v1/webhooks/:source/:tenantSlug': { source: 'gophish', tenantSlug: 'no-such-tenant' },
  'GET /.well-known/ssf-configuration/ssf/:tenant': { tenant: 'no-such-tenant' },
  'GET /ssf/:tenant/jwks.json': { tenant: 'no-such-tenant' },
};

/** Bodies that get past validation, so that the tenant check is reached; `{}` otherwise. */
function bodyFor(key: string, o: Objects, side: Side): unknown {
  const scimUser = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: uniqueEmail('scim'),
    emails: [{ value: uniqueEmail('scim'), primary: true }],
  };
  const bodies: Record<string, unknown> = {
    'POST /api/v1/tokens': { name: 'matrix', role: 'ingest' },
    'POST /api/v1/users': { email: uniqueEmail('added'), role: 'analyst' },
    'PATCH /api/v1/users/:id': { role: 'auditor' },
    'POST /api/v1/dead-letters/replay': { ids: [o.deadLetterId] },
    'POST /api/v1/auth/switch-tenant': { tenant: side.tenant.slug },
    'POST /api/v1/events': [],
    'PATCH /api/v1/cohorts/:id': { description: 'changed' },
    'PUT /api/v1/catalog/weights': { weights: {} },
    'PUT /api/v1/sso/oidc': { issuer: 'https://idp.example.com', clientId: 'bulwark' },
    'PUT /api/v1/sso/saml': {
      idpEntityId: 'https://idp.example.com/saml',
      ssoUrl: 'https://idp.example.com/sso',
      certificates: [samlCert],
    },
    'PUT /scim/v2/Users/:id': scimUser,
    'POST /scim/v2/Users': scimUser,
    'PUT /scim/v2/Groups/:id': {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: `renamed-${side.tenant.slug}`,
    },
    'PATCH /scim/v2/Groups/:id': {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'displayName', value: 'Renamed' }],
    },
    'PATCH /scim/v2/Users/:id': {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'title', value: 'Changed' }],
    },
  };
  return bodies[key] ?? {};
}

let s: TestServer;
let samlCert: string;
let own: Side;
let foreign: Side;
let routes: readonly DeclaredRoute[];
let foreignHeadBefore: number;

beforeAll(async () => {
  s = await startTestServer({ BULWARK_SECRET_KEY: randomBytes(32).toString('base64') });
  samlCert = makeKeyPair('matrix-idp').cert;
  own = await buildSide(s, 'own');
  foreign = await buildSide(s, 'foreign');
  routes = declaredRoutes(s.app);
  foreignHeadBefore = (await verifyChain(s.t.db, foreign.tenant.id)).rows;
}, 120_000);
afterAll(() => s.close());

const keyOf = (r: DeclaredRoute) => `${r.method} ${r.url}`;

function urlFor(route: DeclaredRoute, objects: Objects): string {
  const key = keyOf(route);
  const values = { ...globalParams[key], ...pathObjects[key]?.(objects) };
  return route.url.replace(/:(\w+)/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for :${name} of ${key}`);
    return encodeURIComponent(value);
  });
}

interface Caller {
  role: Role;
  via: 'token' | 'session';
  headers: Record<string, string>;
}

function callersOf(side: Side): Caller[] {
  const byToken = roles.map((role): Caller => ({
    role,
    via: 'token',
    headers: bearer(side.tokens[role]),
  }));
  const bySession = personRoles.map((role): Caller => {
    const browser = side.sessions[role];
    if (!browser) throw new Error(`no session for ${role}`);
    return { role, via: 'session', headers: browser.headers };
  });
  return [...byToken, ...bySession];
}

async function call(
  route: DeclaredRoute,
  caller: Caller,
  target: Side,
): Promise<LightMyRequestResponse> {
  const key = keyOf(route);
  const body =
    route.method === 'GET' || route.method === 'DELETE'
      ? undefined
      : bodyFor(key, target.objects, target);
  return s.app.inject({
    method: route.method as 'GET',
    url: urlFor(route, target.objects),
    headers: {
      ...caller.headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

function mayCall(route: DeclaredRoute, caller: Caller): boolean {
  const { permission, sessionOnly } = route.access;
  if (permission === 'public') return true;
  if (sessionOnly && caller.via === 'token') return false;
  return can(caller.role, permission);
}

/** The other tenant's strings that appear in a response but not in the request that got it. */
function leaks(res: LightMyRequestResponse, requestText: string, other: Side): string[] {
  return other.markers.filter((m) => res.body.includes(m) && !requestText.includes(m));
}

describe('authorisation matrix', () => {
  it('knows how to call every route', () => {
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      const key = keyOf(route);
      if (route.access.permission === 'public')
        expect(publicRoutes.has(key), `${key} is public: add it to publicRoutes once checked`).toBe(
          true,
        );
      if (route.url.includes(':'))
        expect(
          key in pathObjects || key in globalParams,
          `${key} has a path parameter: say in pathObjects which object it names`,
        ).toBe(true);
    }
  });

  it('refuses every protected route without credentials (401)', async () => {
    for (const route of routes.filter((r) => r.access.permission !== 'public')) {
      const res = await s.app.inject({
        method: route.method as 'GET',
        url: urlFor(route, own.objects),
      });
      expect(res.statusCode, keyOf(route)).toBe(401);
    }
  });

  it('answers 403 to a role without the permission, and never 401/403/5xx to one with it', async () => {
    const problems: string[] = [];
    for (const route of routes.filter(
      (r) => r.method === 'GET' || r.access.permission !== 'public',
    ))
      for (const caller of callersOf(own)) {
        if (keyOf(route) === 'POST /api/v1/auth/logout') continue;
        const res = await call(route, caller, own);
        const allowed = mayCall(route, caller);
        const what = `${keyOf(route)} as ${caller.role} by ${caller.via}: ${res.statusCode}`;
        if (!allowed && res.statusCode !== 403) problems.push(`${what}, expected 403`);
        if (allowed && (res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500))
          problems.push(`${what} ${res.body.slice(0, 200)}`);
        const leaked = leaks(res, '', foreign);
        if (leaked.length) problems.push(`${what} leaks ${leaked.join(', ')}`);
      }
    expect(problems).toEqual([]);
  }, 120_000);

  it("never returns or changes another tenant's object: 404, as if it did not exist", async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.access.permission !== 'public'))
      for (const caller of callersOf(own)) {
        if (!mayCall(route, caller) || keyOf(route) === 'POST /api/v1/auth/logout') continue;
        const res = await call(route, caller, foreign);
        const what = `${keyOf(route)} as ${caller.role} by ${caller.via}: ${res.statusCode}`;
        const namesObject = keyOf(route) in pathObjects;
        if (namesObject && res.statusCode !== 404) problems.push(`${what}, expected 404`);
        if (res.statusCode < 300 && namesObject) problems.push(`${what} answered 2xx`);
        const requestText = `${urlFor(route, foreign.objects)} ${JSON.stringify(bodyFor(keyOf(route), foreign.objects, foreign))}`;
        const leaked = leaks(res, requestText, foreign);
        if (leaked.length) problems.push(`${what} leaks ${leaked.join(', ')}`);
      }
    expect(problems).toEqual([]);
  }, 120_000);

  it('left the foreign tenant untouched', async () => {
    const { objects, admin, tenant } = foreign;
    const get = (url: string) => s.app.inject({ method: 'GET', url, headers: bearer(admin) });
    expect((await get(`/api/v1/identities/${objects.identityId}`)).statusCode).toBe(200);
    expect((await get(`/api/v1/users/${objects.userId}`)).json()).toMatchObject({
      role: 'analyst',
    });
    const tokens = (await get('/api/v1/tokens')).json<{
      items: { id: string; revokedAt: string | null }[];
    }>();
    expect(tokens.items.find((t) => t.id === objects.tokenId)?.revokedAt).toBeNull();
    const letters = (await get('/api/v1/dead-letters?status=pending')).json<{
      items: { id: number }[];
    }>();
    expect(letters.items.map((l) => l.id)).toContain(objects.deadLetterId);
    expect((await get(`/api/v1/destinations/${objects.destinationId}`)).statusCode).toBe(200);
    const chain = await verifyChain(s.t.db, tenant.id);
    expect(chain.rows, 'nothing was recorded in the foreign chain').toBe(foreignHeadBefore);
    expect((await verifyChain(s.t.db, tenant.id)).broken).toBeUndefined();
    expect((await verifyChain(s.t.db, own.tenant.id)).broken).toBeUndefined();
  });
});
