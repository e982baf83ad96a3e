import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, uniqueEmail } from '../../test/support/factories.js';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tokenFor } from '../../test/support/server.js';
import type { Tenant } from '../tenancy/tenant.js';
import { userIn } from './accounts.test-support.js';
import type { KeyPair, ReceivedRequest, ResponseFields, TestSamlIdp } from './saml.test-support.js';
import {
  formFields,
  makeKeyPair,
  readAuthnRequest,
  responseXml,
  signResponse,
  startSamlIdp,
} from './saml.test-support.js';

const PUBLIC_URL = 'http://localhost:8080';
let s: TestServer;
let idp: TestSamlIdp;
let tenant: Tenant;
let attackerKeys: KeyPair;
let sp: { entityId: string; acsUrl: string };

beforeAll(async () => {
  s = await startTestServer({ BULWARK_PUBLIC_URL: PUBLIC_URL });
  tenant = await makeTenant(s.t.db, 'saml');
  idp = await startSamlIdp(makeKeyPair('test-idp'));
  attackerKeys = makeKeyPair('test-idp');
  const put = await s.app.inject({
    method: 'PUT',
    url: '/api/v1/sso/saml',
    headers: bearer(await tokenFor(s, tenant, 'admin')),
    payload: {
      idpEntityId: idp.entityId,
      ssoUrl: idp.ssoUrl,
      certificates: [idp.keys.cert],
      emailAttribute: 'email',
    },
  });
  if (put.statusCode !== 200) throw new Error(put.body);
  const base = `${PUBLIC_URL}/api/v1/auth/saml/${tenant.slug}`;
  sp = { entityId: `${base}/metadata`, acsUrl: `${base}/acs` };
}, 60_000);
afterAll(async () => {
  await idp.close();
  await s.close();
});

interface Started {
  flowCookie: string;
  location: string;
  request: ReceivedRequest;
}

async function start(): Promise<Started> {
  const res = await s.app.inject({ method: 'GET', url: `/api/v1/auth/saml/${tenant.slug}/start` });
  expect(res.statusCode, res.body).toBe(302);
  const location = String(res.headers.location);
  const flowCookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { flowCookie, location, request: await readAuthnRequest(location) };
}

function post(samlResponse: string, relayState: string | null) {
  const form = new URLSearchParams({ SAMLResponse: samlResponse });
  if (relayState !== null) form.set('RelayState', relayState);
  return s.app.inject({
    method: 'POST',
    url: `/api/v1/auth/saml/${tenant.slug}/acs`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
}

function finish(flowCookie: string) {
  return s.app.inject({
    method: 'GET',
    url: `/api/v1/auth/saml/${tenant.slug}/finish`,
    headers: { cookie: flowCookie },
  });
}

/** A Response to a request, built and signed here; each test spoils one thing. */
interface Signing {
  keys?: KeyPair;
  sign?: 'Assertion' | 'Response' | 'none';
}

function crafted(
  started: Started,
  email: string,
  change: Partial<ResponseFields> = {},
  { keys = idp.keys, sign = 'Assertion' }: Signing = {},
): string {
  const xml = responseXml({
    issuer: idp.entityId,
    audience: sp.entityId,
    acsUrl: sp.acsUrl,
    inResponseTo: started.request.id,
    email,
    ...change,
  });
  return sign === 'none' ? xml : signResponse(xml, keys, sign);
}

const b64 = (xml: string) => Buffer.from(xml).toString('base64');

async function sessionsOf(userId: string): Promise<number> {
  const row = await s.t.db.get<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?',
    [userId],
  );
  return Number(row?.n ?? 0);
}

async function lastRefusal(): Promise<{ reason: string; protocol: string }> {
  const rows = await s.t.db.all<{ details: string }>(
    "SELECT details FROM audit_log WHERE tenant_id = ? AND action = 'auth.sso_refused' ORDER BY seq DESC LIMIT 1",
    [tenant.id],
  );
  return JSON.parse(rows[0]?.details ?? '{}') as { reason: string; protocol: string };
}

/** Refused with SSO_FAILED and the reason audited; the browser cannot finish; no session. */
async function expectRefused(
  res: Awaited<ReturnType<typeof post>>,
  started: Started,
  userId: string,
  reason: RegExp,
): Promise<void> {
  expect(res.statusCode, res.body).toBe(401);
  expect(res.json()).toMatchObject({ code: 'SSO_FAILED', status: 401 });
  expect(res.json().detail).toMatch(reason);
  expect(await lastRefusal()).toMatchObject({ protocol: 'saml' });
  expect((await lastRefusal()).reason).toMatch(reason);
  expect((await finish(started.flowCookie)).statusCode).toBe(401);
  expect(await sessionsOf(userId)).toBe(0);
}

describe('SAML sign-in', () => {
  it('signs a member in through the identity provider and starts a session', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    idp.nextEmail = user.email;
    const started = await start();
    expect(started.location.startsWith(`${idp.ssoUrl}?SAMLRequest=`)).toBe(true);
    expect(started.request).toMatchObject({ acsUrl: sp.acsUrl, issuer: sp.entityId });
    expect(started.request.relayState).toMatch(/^[\w-]{43}$/);
    const form = formFields(await (await fetch(started.location)).text());
    const accepted = await post(form.SAMLResponse, form.RelayState);
    expect(accepted.statusCode, accepted.body).toBe(303);
    expect(accepted.headers.location).toBe(`${PUBLIC_URL}/api/v1/auth/saml/${tenant.slug}/finish`);
    expect(await sessionsOf(user.id)).toBe(0);
    const finished = await finish(started.flowCookie);
    expect(finished.statusCode, finished.body).toBe(302);
    expect(finished.headers.location).toBe(`${PUBLIC_URL}/`);
    const cookie = [finished.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith('bulwark_session='));
    const session = await s.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: cookie?.split(';')[0] ?? '' },
    });
    expect(session.json()).toMatchObject({
      user: { id: user.id },
      role: 'analyst',
      method: 'saml',
    });
    expect((await finish(started.flowCookie)).statusCode).toBe(401);
  });

  it('accepts a signature on the whole Response instead of the assertion', async () => {
    const user = await userIn(s, tenant, 'auditor', { password: null });
    const started = await start();
    const res = await post(
      b64(crafted(started, user.email, {}, { sign: 'Response' })),
      started.request.relayState,
    );
    expect(res.statusCode, res.body).toBe(303);
    expect((await finish(started.flowCookie)).statusCode).toBe(302);
  });

  it('refuses an assertion whose email was changed after signing', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const victim = await userIn(s, tenant, 'admin', { password: null });
    const started = await start();
    const forged = crafted(started, user.email).replaceAll(user.email, victim.email);
    const res = await post(b64(forged), started.request.relayState);
    await expectRefused(res, started, victim.id, /response was refused: .*signature/i);
  });

  it('refuses a response signed with another key, and an unsigned one', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const started = await start();
    const wrongKey = crafted(started, user.email, {}, { keys: attackerKeys });
    await expectRefused(
      await post(b64(wrongKey), started.request.relayState),
      started,
      user.id,
      /signature/i,
    );
    const again = await start();
    const unsigned = crafted(again, user.email, {}, { sign: 'none' });
    await expectRefused(
      await post(b64(unsigned), again.request.relayState),
      again,
      user.id,
      /signature/i,
    );
  });

  it('refuses an expired assertion', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const started = await start();
    const now = Date.now();
    const old = crafted(started, user.email, {
      issuedAt: now - 20 * 60_000,
      notOnOrAfter: now - 10 * 60_000,
    });
    await expectRefused(
      await post(b64(old), started.request.relayState),
      started,
      user.id,
      /expired/i,
    );
  });

  it('refuses an assertion for another audience, issuer or recipient', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const cases: [Partial<ResponseFields>, RegExp][] = [
      [{ audience: 'https://other-sp.example/metadata' }, /audience mismatch/i],
      [{ issuer: 'https://evil-idp.example' }, /issuer .* is not the configured identity provider/],
      [{ acsUrl: 'https://other-sp.example/acs' }, /addressed to/],
    ];
    for (const [change, reason] of cases) {
      const started = await start();
      const res = await post(b64(crafted(started, user.email, change)), started.request.relayState);
      await expectRefused(res, started, user.id, reason);
    }
  });

  it('refuses a replayed assertion', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const started = await start();
    const signed = b64(crafted(started, user.email));
    expect((await post(signed, started.request.relayState)).statusCode).toBe(303);
    const replay = await post(signed, started.request.relayState);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toMatch(/used already \(a replay\)/);
    expect((await lastRefusal()).reason).toMatch(/replay/);
  });

  it('refuses unsolicited responses and unknown or mismatched requests', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const a = await start();
    const unsolicited = crafted(a, user.email, { inResponseTo: null });
    await expectRefused(
      await post(b64(unsolicited), null),
      a,
      user.id,
      /IdP-initiated sign-in is not accepted/,
    );
    const b = await start();
    const unknown = crafted(b, user.email, { inResponseTo: '_not-a-request-of-ours' });
    await expectRefused(
      await post(b64(unknown), b.request.relayState),
      b,
      user.id,
      /answers no sign-in we started/,
    );
    const c = await start();
    await expectRefused(
      await post(b64(crafted(c, user.email)), 'another-relay-state'),
      c,
      user.id,
      /RelayState/,
    );
  });

  it('refuses a signature-wrapping attack that hides the signed assertion', async () => {
    const attacker = await userIn(s, tenant, 'analyst', { password: null });
    const victim = await userIn(s, tenant, 'admin', { password: null });
    const started = await start();
    const wrapped = wrap(crafted(started, attacker.email), attacker.email, victim.email);
    await expectRefused(
      await post(b64(wrapped), started.request.relayState),
      started,
      victim.id,
      /signature|Referenced node/i,
    );
    expect(await sessionsOf(attacker.id)).toBe(0);
    const twice = await start();
    const both = twoAssertions(crafted(twice, attacker.email), attacker.email, victim.email);
    await expectRefused(
      await post(b64(both), twice.request.relayState),
      twice,
      victim.id,
      /multiple assertions/,
    );
  });

  it('finishes only in the browser that started, and refuses people who are not members', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const started = await start();
    expect(
      (await post(b64(crafted(started, user.email)), started.request.relayState)).statusCode,
    ).toBe(303);
    const other = await start();
    const stolen = await finish(other.flowCookie);
    expect(stolen.statusCode).toBe(401);
    expect(stolen.json().detail).toContain('no sign-in was answered for this browser');
    expect(await sessionsOf(user.id)).toBe(0);
    const stranger = uniqueEmail('stranger');
    const third = await start();
    const res = await post(b64(crafted(third, stranger)), third.request.relayState);
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toContain('is not a member of this tenant');
  });

  it('reads the whole email when a comment splits it after signing', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const started = await start();
    // The attacker owns user@…evil.test at the IdP; exclusive C14N drops comments, so the
    // signature still holds, and a parser reading only the first text node would see the member.
    const owned = `${user.email}.evil.test`;
    const split = crafted(started, owned).replaceAll(owned, `${user.email}<!---->.evil.test`);
    const res = await post(b64(split), started.request.relayState);
    await expectRefused(res, started, user.id, /\.evil\.test is not a member of this tenant/);
  });

  it('refuses a DTD, and a response whose status is not Success', async () => {
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const a = await start();
    const dtd = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]>${crafted(a, user.email)}`;
    await expectRefused(await post(b64(dtd), a.request.relayState), a, user.id, /DTD/);
    const b = await start();
    const failed = crafted(b, user.email).replace(
      'urn:oasis:names:tc:SAML:2.0:status:Success',
      'urn:oasis:names:tc:SAML:2.0:status:Responder',
    );
    await expectRefused(await post(b64(failed), b.request.relayState), b, user.id, /status/);
  });

  it("keeps tenants apart: another tenant's request, audience or browser is refused", async () => {
    const other = await makeTenant(s.t.db, 'saml-other');
    await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(await tokenFor(s, other, 'admin')),
      payload: { idpEntityId: idp.entityId, ssoUrl: idp.ssoUrl, certificates: [idp.keys.cert] },
    });
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const otherStart = await s.app.inject({
      method: 'GET',
      url: `/api/v1/auth/saml/${other.slug}/start`,
    });
    const foreign = await readAuthnRequest(String(otherStart.headers.location));
    const own = await start();
    const namesForeign = crafted(own, user.email, { inResponseTo: foreign.id });
    await expectRefused(
      await post(b64(namesForeign), foreign.relayState),
      own,
      user.id,
      /answers no sign-in we started/,
    );
    const forOther = crafted(own, user.email, {
      audience: foreign.issuer,
      acsUrl: foreign.acsUrl,
    });
    const mine = await start();
    await expectRefused(
      await post(b64(forOther), own.request.relayState),
      mine,
      user.id,
      /audience mismatch|addressed to/,
    );
    const answered = await start();
    const ok = await post(b64(crafted(answered, user.email)), answered.request.relayState);
    expect(ok.statusCode).toBe(303);
    const elsewhere = await s.app.inject({
      method: 'GET',
      url: `/api/v1/auth/saml/${other.slug}/finish`,
      headers: { cookie: answered.flowCookie },
    });
    expect(elsewhere.statusCode).toBe(401);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it('adds a new email with the default role when set, and refuses a disabled user', async () => {
    const admin = bearer(await tokenFor(s, tenant, 'admin'));
    const setUp = (defaultRole: string | null) =>
      s.app.inject({
        method: 'PUT',
        url: '/api/v1/sso/saml',
        headers: admin,
        payload: {
          idpEntityId: idp.entityId,
          ssoUrl: idp.ssoUrl,
          emailAttribute: 'email',
          defaultRole,
        },
      });
    expect((await setUp('auditor')).statusCode).toBe(200);
    try {
      const newcomer = uniqueEmail('newcomer');
      const started = await start();
      const res = await post(b64(crafted(started, newcomer)), started.request.relayState);
      expect(res.statusCode, res.body).toBe(303);
      expect((await finish(started.flowCookie)).statusCode).toBe(302);
      const member = await s.t.db.get<{ role: string }>(
        'SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email_lc = ? AND m.tenant_id = ?',
        [newcomer, tenant.id],
      );
      expect(member?.role).toBe('auditor');
    } finally {
      expect((await setUp(null)).statusCode).toBe(200);
    }
    const user = await userIn(s, tenant, 'analyst', { password: null });
    await s.t.db.run('UPDATE users SET disabled_at = ? WHERE id = ?', [Date.now(), user.id]);
    const started = await start();
    const res = await post(b64(crafted(started, user.email)), started.request.relayState);
    await expectRefused(res, started, user.id, /is disabled/);
  });

  it('answers a tenant without SAML like an unknown one', async () => {
    const other = await makeTenant(s.t.db);
    for (const path of ['start', 'metadata', 'finish']) {
      const a = await s.app.inject({
        method: 'GET',
        url: `/api/v1/auth/saml/${other.slug}/${path}`,
      });
      const b = await s.app.inject({ method: 'GET', url: `/api/v1/auth/saml/no-such/${path}` });
      expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
      expect(a.json().code).toBe('SSO_NOT_CONFIGURED');
    }
  });
});

/**
 * XML signature wrapping: a forged assertion takes the signed one's place with its Signature,
 * and the genuine signed assertion is tucked inside that Signature, where a careless verifier
 * would still find the reference it checks.
 */
function wrap(signedXml: string, from: string, to: string): string {
  const doc = new DOMParser().parseFromString(signedXml, 'text/xml');
  const original = doc.getElementsByTagNameNS(
    'urn:oasis:names:tc:SAML:2.0:assertion',
    'Assertion',
  )[0];
  if (!original?.parentNode) throw new Error('no assertion');
  const evil = original.cloneNode(true) as Element;
  evil.setAttribute('ID', '_evil');
  swapText(evil, from, to);
  const signature = evil.getElementsByTagNameNS(
    'http://www.w3.org/2000/09/xmldsig#',
    'Signature',
  )[0];
  const object = doc.createElementNS('http://www.w3.org/2000/09/xmldsig#', 'Object');
  original.parentNode.replaceChild(evil, original);
  object.appendChild(original);
  signature?.appendChild(object);
  return new XMLSerializer().serializeToString(doc);
}

/** The signed assertion left in place with a forged, unsigned one beside it. */
function twoAssertions(signedXml: string, from: string, to: string): string {
  const doc = new DOMParser().parseFromString(signedXml, 'text/xml');
  const original = doc.getElementsByTagNameNS(
    'urn:oasis:names:tc:SAML:2.0:assertion',
    'Assertion',
  )[0];
  if (!original?.parentNode) throw new Error('no assertion');
  const evil = original.cloneNode(true) as Element;
  evil.setAttribute('ID', '_evil2');
  const sig = evil.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0];
  if (sig) evil.removeChild(sig);
  swapText(evil, from, to);
  original.parentNode.insertBefore(evil, original);
  return new XMLSerializer().serializeToString(doc);
}

function swapText(node: Node, from: string, to: string): void {
  if (node.nodeType === 3 && node.nodeValue === from) node.nodeValue = to;
  for (let c = node.firstChild; c; c = c.nextSibling) swapText(c, from, to);
}
