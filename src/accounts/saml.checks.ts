import type { ResponseEnvelope, SignedAssertion } from './saml.assertion.js';

/** Clocks of Bulwark and the identity provider may differ by this much. */
export const CLOCK_SKEW_MS = 60_000;

const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

/** A value from the message, quoted and cut short: refusals are shown and audited. */
const quoted = (value: string | null) =>
  JSON.stringify(value === null ? '' : value.length > 200 ? `${value.slice(0, 200)}…` : value);

export interface Expected {
  idpEntityId: string;
  acsUrl: string;
}

/** What an acceptable assertion answers: which request, and until when its id must stay used. */
export interface Accepted {
  inResponseTo: string;
  usableUntil: number;
}

/**
 * The checks the library leaves to the service provider (SAML 2.0 profiles §4.1.4.3): the
 * assertion's Issuer is the configured IdP; a bearer confirmation names our ACS as Recipient, is
 * still within NotOnOrAfter and answers a request (no IdP-initiated sign-in); the unsigned
 * envelope agrees with it. Signature, audience and the Conditions window are checked before.
 * Returns the reason for refusing, or what was accepted.
 */
export function checkAssertion(
  assertion: SignedAssertion,
  envelope: ResponseEnvelope,
  expected: Expected,
  now: number,
): Accepted | string {
  if (envelope.status !== SUCCESS) return `the response's status is ${quoted(envelope.status)}`;
  if (assertion.issuer !== expected.idpEntityId)
    return `the assertion's issuer ${quoted(assertion.issuer)} is not the configured identity provider ${quoted(expected.idpEntityId)}`;
  if (envelope.issuer !== null && envelope.issuer !== expected.idpEntityId)
    return `the response's issuer ${quoted(envelope.issuer)} is not the configured identity provider`;
  if (envelope.destination !== null && envelope.destination !== expected.acsUrl)
    return `the response is addressed to ${quoted(envelope.destination)}, not to ${expected.acsUrl}`;
  if (!assertion.id) return 'the assertion has no ID';
  const bearer = assertion.bearers.find((b) => b.recipient === expected.acsUrl);
  if (!bearer) return `no bearer subject confirmation names ${expected.acsUrl} as its recipient`;
  const until = bearer.notOnOrAfter === null ? NaN : Date.parse(bearer.notOnOrAfter);
  if (Number.isNaN(until)) return 'the subject confirmation has no valid NotOnOrAfter';
  if (now - CLOCK_SKEW_MS >= until) return 'the subject confirmation has expired';
  if (!bearer.inResponseTo)
    return 'the response answers no request of ours (IdP-initiated sign-in is not accepted)';
  if (envelope.inResponseTo !== null && envelope.inResponseTo !== bearer.inResponseTo)
    return 'the response and its assertion answer different requests';
  return { inResponseTo: bearer.inResponseTo, usableUntil: until + CLOCK_SKEW_MS };
}

/** The email the assertion vouches for (from the configured attribute, or the NameID), or why not. */
export function emailOf(
  assertion: SignedAssertion,
  attribute: string | null,
): { email: string } | { problem: string } {
  if (attribute === null)
    return assertion.nameId
      ? { email: assertion.nameId }
      : { problem: 'the assertion has no NameID to read the email from' };
  const values = assertion.attributes.get(attribute) ?? [];
  if (values.length !== 1 || !values[0])
    return { problem: `the ${quoted(attribute)} attribute has ${values.length} values, not one` };
  return { email: values[0] };
}
