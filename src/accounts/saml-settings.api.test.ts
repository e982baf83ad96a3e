import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin } from '../../test/support/server.js';
import { makeKeyPair } from './saml.test-support.js';

const PUBLIC_URL = 'https://bulwark.example.com';
let s: TestServer;
let cert: string;

beforeAll(async () => {
  s = await startTestServer({ BULWARK_PUBLIC_URL: PUBLIC_URL });
  cert = makeKeyPair('settings-idp').cert;
}, 60_000);
afterAll(() => s.close());

const valid = () => ({
  idpEntityId: 'https://idp.example.com/saml',
  ssoUrl: 'https://idp.example.com/sso',
  certificates: [cert],
});

describe('SAML settings', () => {
  it('stores the IdP, shows certificates by fingerprint and what to register at the IdP', async () => {
    const { tenant, token } = await tenantWithAdmin(s);
    const put = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
      // The bare base64 of an IdP's metadata is accepted as well as PEM.
      payload: { ...valid(), certificates: [cert.replace(/-----[A-Z ]+-----|\s/g, '')] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const base = `${PUBLIC_URL}/api/v1/auth/saml/${tenant.slug}`;
    const got = await s.app.inject({
      method: 'GET',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
    });
    expect(got.json()).toMatchObject({
      idpEntityId: 'https://idp.example.com/saml',
      emailAttribute: null,
      defaultRole: null,
      enabled: true,
      certificates: [
        { subject: 'CN=settings-idp', fingerprint: expect.stringMatching(/^[0-9A-F:]{95}$/) },
      ],
      serviceProvider: {
        entityId: `${base}/metadata`,
        acsUrl: `${base}/acs`,
        startUrl: `${base}/start`,
      },
    });
    expect(got.body).not.toContain('BEGIN CERTIFICATE');
    const metadata = await s.app.inject({
      method: 'GET',
      url: `/api/v1/auth/saml/${tenant.slug}/metadata`,
    });
    expect(metadata.statusCode).toBe(200);
    expect(metadata.headers['content-type']).toContain('application/samlmetadata+xml');
    expect(metadata.body).toContain(`entityID="${base}/metadata"`);
    expect(metadata.body).toContain('WantAssertionsSigned="true"');
    expect(metadata.body).toContain(
      '<NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>',
    );
    expect(metadata.body).toMatch(
      new RegExp(`Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${base}/acs"`),
    );
  });

  it('lists every problem with where it is, and never hands out admin by SSO', async () => {
    const { token } = await tenantWithAdmin(s);
    const bad = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
      payload: { ...valid(), certificates: [cert, '<not a certificate>', 'QUJD'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'body.certificates[1]', message: 'is not a PEM or base64 X.509 certificate' },
      { path: 'body.certificates[2]', message: 'is not a valid X.509 certificate' },
    ]);
    const http = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
      payload: { ...valid(), ssoUrl: 'http://idp.example.com/sso' },
    });
    expect(http.statusCode).toBe(400);
    const admin = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
      payload: { ...valid(), defaultRole: 'admin' },
    });
    expect(admin.statusCode).toBe(400);
    expect(admin.json().errors).toEqual([
      { path: 'body.defaultRole', message: 'may not be owner or admin' },
    ]);
  });

  it('keeps the certificates when a change leaves them out, and needs one to start', async () => {
    const { token } = await tenantWithAdmin(s);
    const { certificates: _omitted, ...rest } = valid();
    const first = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
      payload: rest,
    });
    expect(first.statusCode).toBe(400);
    expect(first.json().errors).toEqual([
      { path: 'body.certificates', message: "required: the IdP's signing certificate" },
    ]);
    await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
      payload: valid(),
    });
    const changed = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(token),
      payload: { ...rest, emailAttribute: 'mail' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      emailAttribute: 'mail',
      certificates: [{ subject: 'CN=settings-idp' }],
    });
  });

  it('sends "Sign in with SSO" to SAML when it is enabled, and keeps tenants apart', async () => {
    const a = await tenantWithAdmin(s);
    const b = await tenantWithAdmin(s);
    await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(a.token),
      payload: valid(),
    });
    const start = await s.app.inject({
      method: 'GET',
      url: `/api/v1/auth/sso/${a.tenant.slug}/start`,
    });
    expect(start.statusCode).toBe(302);
    expect(start.headers.location).toBe(`/api/v1/auth/saml/${a.tenant.slug}/start`);
    const none = await s.app.inject({
      method: 'GET',
      url: `/api/v1/auth/sso/${b.tenant.slug}/start`,
    });
    expect(none.statusCode).toBe(404);
    const other = await s.app.inject({
      method: 'GET',
      url: '/api/v1/sso/saml',
      headers: bearer(b.token),
    });
    expect(other.statusCode).toBe(404);
    const disabled = await s.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/saml',
      headers: bearer(a.token),
      payload: { ...valid(), enabled: false },
    });
    expect(disabled.statusCode).toBe(200);
    expect(
      (await s.app.inject({ method: 'GET', url: `/api/v1/auth/saml/${a.tenant.slug}/start` }))
        .statusCode,
    ).toBe(404);
    const removed = await s.app.inject({
      method: 'DELETE',
      url: '/api/v1/sso/saml',
      headers: bearer(a.token),
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await s.app.inject({ method: 'GET', url: `/api/v1/auth/saml/${a.tenant.slug}/metadata` }))
        .statusCode,
    ).toBe(404);
  });
});
