import { DOMParser } from '@xmldom/xmldom';

const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/** What Bulwark reads from an assertion whose signature has been verified. */
export interface SignedAssertion {
  id: string;
  issuer: string | null;
  nameId: string | null;
  /** The bearer subject confirmations (SAML profiles §4.1.4.2): where and until when it may be used. */
  bearers: { recipient: string | null; notOnOrAfter: string | null; inResponseTo: string | null }[];
  /** Attribute name → its values, in document order. */
  attributes: Map<string, string[]>;
}

/** The unsigned envelope around the assertion: only ever compared, never trusted alone. */
export interface ResponseEnvelope {
  destination: string | null;
  inResponseTo: string | null;
  issuer: string | null;
  /** The top-level StatusCode's Value. */
  status: string | null;
}

/**
 * Parses XML, throwing on anything malformed rather than guessing. SAML messages may not carry a
 * DTD (SAML 2.0 bindings §3.1), so any is refused before parsing: no entities to expand.
 */
export function parseXml(xml: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('the XML carries a DTD, which SAML does not allow');
  const fail = (message: string) => {
    throw new Error(`the XML is malformed: ${message.trim().split('\n')[0] ?? ''}`);
  };
  const doc = new DOMParser({
    errorHandler: { warning: () => undefined, error: fail, fatalError: fail },
  }).parseFromString(xml, 'text/xml');
  if (!doc.documentElement) throw new Error('the XML has no root element');
  return doc;
}

function children(parent: Element, ns: string, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.namespaceURI === ns && el.localName === name) found.push(el);
    }
  return found;
}

const textOf = (el: Element | undefined): string | null => el?.textContent?.trim() ?? null;
const attr = (el: Element, name: string): string | null => el.getAttribute(name) || null;

/** Reads the signed assertion's XML, exactly as the signature verification returned it. */
export function readSignedAssertion(xml: string): SignedAssertion {
  const root = parseXml(xml).documentElement;
  if (root.namespaceURI !== ASSERTION_NS || root.localName !== 'Assertion')
    throw new Error('the signed element is not a SAML 2.0 assertion');
  const subject = children(root, ASSERTION_NS, 'Subject')[0];
  const bearers = subject
    ? children(subject, ASSERTION_NS, 'SubjectConfirmation')
        .filter((c) => attr(c, 'Method') === BEARER)
        .map((c) => {
          const data = children(c, ASSERTION_NS, 'SubjectConfirmationData')[0];
          return {
            recipient: data ? attr(data, 'Recipient') : null,
            notOnOrAfter: data ? attr(data, 'NotOnOrAfter') : null,
            inResponseTo: data ? attr(data, 'InResponseTo') : null,
          };
        })
    : [];
  return {
    id: attr(root, 'ID') ?? '',
    issuer: textOf(children(root, ASSERTION_NS, 'Issuer')[0]),
    nameId: subject ? textOf(children(subject, ASSERTION_NS, 'NameID')[0]) : null,
    bearers,
    attributes: attributesOf(root),
  };
}

function attributesOf(assertion: Element): Map<string, string[]> {
  const attributes = new Map<string, string[]>();
  for (const statement of children(assertion, ASSERTION_NS, 'AttributeStatement'))
    for (const attribute of children(statement, ASSERTION_NS, 'Attribute')) {
      const name = attr(attribute, 'Name');
      if (!name) continue;
      const values = children(attribute, ASSERTION_NS, 'AttributeValue').map(
        (v) => textOf(v) ?? '',
      );
      attributes.set(name, [...(attributes.get(name) ?? []), ...values]);
    }
  return attributes;
}

/** The Response element's own attributes, from the document as it arrived. */
export function readEnvelope(xml: string): ResponseEnvelope {
  const root = parseXml(xml).documentElement;
  if (root.namespaceURI !== PROTOCOL_NS || root.localName !== 'Response')
    throw new Error('the message is not a SAML 2.0 Response');
  const status = children(root, PROTOCOL_NS, 'Status')[0];
  const code = status && children(status, PROTOCOL_NS, 'StatusCode')[0];
  return {
    destination: attr(root, 'Destination'),
    inResponseTo: attr(root, 'InResponseTo'),
    issuer: textOf(children(root, ASSERTION_NS, 'Issuer')[0]),
    status: code ? attr(code, 'Value') : null,
  };
}
