import { SAML, ValidateInResponseTo, generateServiceProviderMetadata } from '@node-saml/node-saml';
import { CLOCK_SKEW_MS } from './saml.checks.js';
import type { SamlConfig } from './saml.repository.js';

/** Where a tenant's service provider lives; the metadata URL is also its entity id. */
export interface SpEndpoints {
  entityId: string;
  metadataUrl: string;
  acsUrl: string;
  startUrl: string;
}

export function spEndpointsOf(publicUrl: string, tenantSlug: string): SpEndpoints {
  const base = `${publicUrl}/api/v1/auth/saml/${encodeURIComponent(tenantSlug)}`;
  return {
    entityId: `${base}/metadata`,
    metadataUrl: `${base}/metadata`,
    acsUrl: `${base}/acs`,
    startUrl: `${base}/start`,
  };
}

/**
 * node-saml set up for one tenant. A signature on the Response or on the Assertion is required
 * (with a certificate of the configuration, verified by xml-crypto, and only the signed bytes are
 * read); audience and Conditions times are checked by the library. InResponseTo is matched by
 * the service against requests stored in the database, so the library's cache is not used.
 */
function samlOf(config: SamlConfig, sp: SpEndpoints, requestId = ''): SAML {
  return new SAML({
    idpCert: config.certificates,
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    entryPoint: config.ssoUrl,
    audience: sp.entityId,
    idpIssuer: config.idpEntityId,
    wantAuthnResponseSigned: false,
    wantAssertionsSigned: false,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    validateInResponseTo: ValidateInResponseTo.never,
    identifierFormat: null,
    // Asking for a password-based context would stop IdPs that sign in with MFA or passkeys.
    disableRequestedAuthnContext: true,
    generateUniqueId: () => requestId,
  });
}

/** The IdP's SSO URL with a deflated AuthnRequest and RelayState (HTTP-Redirect binding). */
export function authnRequestUrl(
  config: SamlConfig,
  sp: SpEndpoints,
  requestId: string,
  relayState: string,
): Promise<string> {
  return samlOf(config, sp, requestId).getAuthorizeUrlAsync(relayState, undefined, {});
}

/**
 * Verifies a Response from the HTTP-POST binding and returns the XML of its signed assertion:
 * the bytes the signature covers, never the rest of the document.
 */
export async function verifiedAssertionXml(
  config: SamlConfig,
  sp: SpEndpoints,
  samlResponse: string,
): Promise<string> {
  const { profile } = await samlOf(config, sp).validatePostResponseAsync({
    SAMLResponse: samlResponse,
  });
  const xml = profile?.getAssertionXml?.();
  if (!xml) throw new Error('the response carries no assertion');
  return xml;
}

/** The service provider's metadata (SAML 2.0 metadata §2.4.4) for the IdP's administrator. */
export function spMetadataXml(sp: SpEndpoints): string {
  return generateServiceProviderMetadata({
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    identifierFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    wantAssertionsSigned: true,
  });
}
