import { describe, expect, it } from 'vitest';
import type { ResponseEnvelope, SignedAssertion } from './saml.assertion.js';
import { readEnvelope, readSignedAssertion } from './saml.assertion.js';
import { CLOCK_SKEW_MS, checkAssertion, emailOf } from './saml.checks.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const expected = { idpEntityId: 'https://idp.example/saml', acsUrl: 'https://sp.example/acs' };
const envelope: ResponseEnvelope = {
  destination: expected.acsUrl,
  inResponseTo: '_req1',
  issuer: expected.idpEntityId,
  status: 'urn:oasis:names:tc:SAML:2.0:status:Success',
};
const bearer = {
  recipient: expected.acsUrl,
  notOnOrAfter: '2026-03-01T12:05:00Z',
  inResponseTo: '_req1',
};
const assertion: SignedAssertion = {
  id: '_a1',
  issuer: expected.idpEntityId,
  nameId: 'ana@example.com',
  bearers: [bearer],
  attributes: new Map([['email', ['ana@example.com']]]),
};

describe('checkAssertion', () => {
  it('accepts a proper assertion and keeps its id used until it expires, with skew', () => {
    expect(checkAssertion(assertion, envelope, expected, NOW)).toEqual({
      inResponseTo: '_req1',
      usableUntil: Date.parse(bearer.notOnOrAfter) + CLOCK_SKEW_MS,
    });
  });

  it.each<[string, Partial<SignedAssertion>, Partial<ResponseEnvelope>, RegExp]>([
    ['status', {}, { status: 'urn:oasis:names:tc:SAML:2.0:status:Requester' }, /status/],
    ['issuer', { issuer: 'https://evil.example' }, {}, /assertion's issuer "https:\/\/evil/],
    ['envelope issuer', {}, { issuer: 'https://evil.example' }, /response's issuer/],
    ['destination', {}, { destination: 'https://other.example/acs' }, /addressed to/],
    ['no id', { id: '' }, {}, /no ID/],
    ['recipient', { bearers: [{ ...bearer, recipient: 'https://x/acs' }] }, {}, /recipient/],
    ['no expiry', { bearers: [{ ...bearer, notOnOrAfter: null }] }, {}, /NotOnOrAfter/],
    [
      'expired',
      { bearers: [{ ...bearer, notOnOrAfter: '2026-03-01T11:58:59Z' }] },
      {},
      /has expired/,
    ],
    [
      'unsolicited',
      { bearers: [{ ...bearer, inResponseTo: null }] },
      { inResponseTo: null },
      /IdP-initiated/,
    ],
    ['mismatch', {}, { inResponseTo: '_other' }, /different requests/],
  ])('refuses: %s', (_what, a, e, reason) => {
    const result = checkAssertion({ ...assertion, ...a }, { ...envelope, ...e }, expected, NOW);
    expect(result).toEqual(expect.stringMatching(reason));
  });

  it('allows a minute of clock skew, not more', () => {
    const until = Date.parse(bearer.notOnOrAfter);
    expect(typeof checkAssertion(assertion, envelope, expected, until + CLOCK_SKEW_MS - 1)).toBe(
      'object',
    );
    expect(checkAssertion(assertion, envelope, expected, until + CLOCK_SKEW_MS)).toMatch(/expired/);
  });

  it('cuts long values short in its reasons', () => {
    const result = checkAssertion(
      { ...assertion, issuer: 'x'.repeat(5000) },
      envelope,
      expected,
      NOW,
    );
    expect(typeof result === 'string' && result.length).toBeLessThan(400);
    expect(result).toContain('…');
  });
});

describe('emailOf', () => {
  it('reads the configured attribute, or the NameID', () => {
    expect(emailOf(assertion, 'email')).toEqual({ email: 'ana@example.com' });
    expect(emailOf(assertion, null)).toEqual({ email: 'ana@example.com' });
  });

  it('refuses a missing attribute and one with several values', () => {
    expect(emailOf(assertion, 'mail')).toEqual({
      problem: 'the "mail" attribute has 0 values, not one',
    });
    const two = { ...assertion, attributes: new Map([['email', ['a@x.io', 'b@x.io']]]) };
    expect(emailOf(two, 'email')).toEqual({
      problem: 'the "email" attribute has 2 values, not one',
    });
    expect(emailOf({ ...assertion, nameId: null }, null)).toHaveProperty('problem');
  });
});

describe('reading SAML XML', () => {
  const A = 'urn:oasis:names:tc:SAML:2.0:assertion';
  it('takes only bearer confirmations and the top-level subject, never nested assertions', () => {
    const xml = `<saml:Assertion xmlns:saml="${A}" ID="_a"><saml:Issuer>idp</saml:Issuer>
      <saml:Subject><saml:NameID>ana@x.io</saml:NameID>
        <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:holder-of-key">
          <saml:SubjectConfirmationData Recipient="https://hok/acs"/></saml:SubjectConfirmation>
        <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
          <saml:SubjectConfirmationData Recipient="https://sp/acs" InResponseTo="_r"/></saml:SubjectConfirmation>
      </saml:Subject>
      <saml:Advice><saml:Assertion ID="_inner"><saml:Issuer>evil</saml:Issuer></saml:Assertion></saml:Advice>
      <saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>ana@x.io</saml:AttributeValue>
      </saml:Attribute></saml:AttributeStatement></saml:Assertion>`;
    const read = readSignedAssertion(xml);
    expect(read).toMatchObject({ id: '_a', issuer: 'idp', nameId: 'ana@x.io' });
    expect(read.bearers).toEqual([
      { recipient: 'https://sp/acs', notOnOrAfter: null, inResponseTo: '_r' },
    ]);
    expect(read.attributes.get('email')).toEqual(['ana@x.io']);
  });

  it('refuses malformed XML, a DTD, and anything but a Response', () => {
    expect(() => readEnvelope('<samlp:Response')).toThrow(/malformed/);
    expect(() => readEnvelope('<!DOCTYPE x><x/>')).toThrow(/DTD/);
    expect(() => readEnvelope(`<saml:Assertion xmlns:saml="${A}"/>`)).toThrow(
      /not a SAML 2.0 Response/,
    );
  });
});
