import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { SignedXml } from 'xml-crypto';

/** A signing key and its self-signed certificate, made with openssl for this test run only. */
export interface KeyPair {
  key: string;
  cert: string;
}

export function makeKeyPair(name: string): KeyPair {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-saml-'));
  try {
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '2',
        '-subj',
        `/CN=${name}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const escapeXml = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iso = (ms: number) => new Date(ms).toISOString();

/** What goes into a Response; every field can be set wrong on purpose. */
export interface ResponseFields {
  issuer: string;
  audience: string;
  acsUrl: string;
  inResponseTo: string | null;
  email: string;
  /** Defaults: issued now, usable for five minutes. */
  issuedAt?: number;
  notOnOrAfter?: number;
  assertionId?: string;
}

export function responseXml(f: ResponseFields): string {
  const now = f.issuedAt ?? Date.now();
  const until = iso(f.notOnOrAfter ?? now + 5 * 60_000);
  const answers = f.inResponseTo === null ? '' : ` InResponseTo="${escapeXml(f.inResponseTo)}"`;
  return [
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"`,
    ` ID="_r${randomUUID()}" Version="2.0" IssueInstant="${iso(now)}" Destination="${escapeXml(f.acsUrl)}"${answers}>`,
    `<saml:Issuer>${escapeXml(f.issuer)}</saml:Issuer>`,
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>`,
    `<saml:Assertion ID="${f.assertionId ?? `_a${randomUUID()}`}" Version="2.0" IssueInstant="${iso(now)}">`,
    `<saml:Issuer>${escapeXml(f.issuer)}</saml:Issuer>`,
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${escapeXml(f.email)}</saml:NameID>`,
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">`,
    `<saml:SubjectConfirmationData${answers} NotOnOrAfter="${until}" Recipient="${escapeXml(f.acsUrl)}"/>`,
    `</saml:SubjectConfirmation></saml:Subject>`,
    `<saml:Conditions NotBefore="${iso(now - 60_000)}" NotOnOrAfter="${until}">`,
    `<saml:AudienceRestriction><saml:Audience>${escapeXml(f.audience)}</saml:Audience></saml:AudienceRestriction>`,
    `</saml:Conditions>`,
    `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="_s${randomUUID()}"><saml:AuthnContext>`,
    `<saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef>`,
    `</saml:AuthnContext></saml:AuthnStatement>`,
    `<saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>${escapeXml(f.email)}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`,
    `</saml:Assertion></samlp:Response>`,
  ].join('');
}

/** Signs the Assertion (or the whole Response) with RSA-SHA256 and exclusive C14N, as IdPs do. */
export function signResponse(xml: string, keys: KeyPair, what: 'Assertion' | 'Response'): string {
  const sig = new SignedXml({
    privateKey: keys.key,
    publicCert: keys.cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: `//*[local-name(.)='${what}']`,
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
  });
  sig.computeSignature(xml, {
    location: {
      reference: `//*[local-name(.)='${what}']/*[local-name(.)='Issuer']`,
      action: 'after',
    },
  });
  return sig.getSignedXml();
}

/** The AuthnRequest Bulwark sent, as the IdP reads it from the redirect. */
export interface ReceivedRequest {
  id: string;
  acsUrl: string;
  issuer: string;
  relayState: string | null;
}

export async function readAuthnRequest(location: string): Promise<ReceivedRequest> {
  const url = new URL(location);
  const encoded = url.searchParams.get('SAMLRequest') ?? '';
  const xml = (await promisify(inflateRaw)(Buffer.from(encoded, 'base64'))).toString('utf8');
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? '';
  return {
    id: attr('ID'),
    acsUrl: attr('AssertionConsumerServiceURL'),
    issuer: /<saml:Issuer[^>]*>([^<]*)</.exec(xml)?.[1] ?? '',
    relayState: url.searchParams.get('RelayState'),
  };
}

/**
 * A SAML identity provider on loopback: its SSO URL takes an AuthnRequest by HTTP-Redirect and
 * answers, for whoever `nextEmail` names, with an auto-submitting form that POSTs a signed
 * Response to the request's ACS (HTTP-POST binding), as a browser would see it.
 */
export interface TestSamlIdp {
  entityId: string;
  ssoUrl: string;
  keys: KeyPair;
  nextEmail: string;
  /** The SP entity id to put in the Audience. */
  audience: string;
  close(): Promise<void>;
}

export async function startSamlIdp(keys: KeyPair): Promise<TestSamlIdp> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp: TestSamlIdp = {
    entityId: `${origin}/idp`,
    ssoUrl: `${origin}/sso`,
    keys,
    nextEmail: '',
    audience: '',
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    answer(idp, origin, req.url ?? '/')
      .then((html) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      })
      .catch(() => ((res.statusCode = 400), res.end()));
  });
  return idp;
}

async function answer(idp: TestSamlIdp, origin: string, url: string): Promise<string> {
  const request = await readAuthnRequest(`${origin}${url}`);
  const xml = responseXml({
    issuer: idp.entityId,
    audience: idp.audience || request.issuer,
    acsUrl: request.acsUrl,
    inResponseTo: request.id,
    email: idp.nextEmail,
  });
  const signed = Buffer.from(signResponse(xml, idp.keys, 'Assertion')).toString('base64');
  const relay = request.relayState === null ? '' : escapeXml(request.relayState);
  return [
    '<!doctype html><html><head><title>Test IdP</title></head>',
    '<body onload="document.forms[0].submit()">',
    `<form method="post" action="${escapeXml(request.acsUrl)}">`,
    `<input type="hidden" name="SAMLResponse" value="${signed}">`,
    `<input type="hidden" name="RelayState" value="${relay}">`,
    '<button type="submit">Continue</button></form></body></html>',
  ].join('');
}

/** The fields of the IdP's auto-submitting form. */
export function formFields(html: string): { SAMLResponse: string; RelayState: string } {
  const value = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
  return { SAMLResponse: value('SAMLResponse'), RelayState: value('RelayState') };
}
