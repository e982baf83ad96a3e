import type { PublicJwk } from './jws.js';
import { eventsSupported, PUSH } from './ssf.js';

/**
 * Where a tenant's transmitter lives. The issuer is the public URL, `/ssf/` and the tenant's slug;
 * its metadata sits at the issuer with `/.well-known/ssf-configuration` inserted after the host
 * (SSF 1.0 §7.2), and the stream management endpoints are shared by every tenant (the token
 * says which tenant and which streams).
 */
export interface TransmitterUrls {
  issuer: string;
  metadata: string;
  jwks: string;
}

export function transmitterUrls(publicUrl: string, tenantSlug: string): TransmitterUrls {
  const base = new URL(publicUrl);
  const path = `${base.pathname.replace(/\/+$/, '')}/ssf/${tenantSlug}`;
  return {
    issuer: `${base.origin}${path}`,
    metadata: `${base.origin}/.well-known/ssf-configuration${path}`,
    jwks: `${base.origin}${path}/jwks.json`,
  };
}

export const MANAGEMENT_PATHS = {
  configuration: '/api/v1/ssf/stream',
  status: '/api/v1/ssf/status',
  addSubject: '/api/v1/ssf/subjects/add',
  removeSubject: '/api/v1/ssf/subjects/remove',
  verification: '/api/v1/ssf/verify',
} as const;

/** The transmitter configuration metadata document (SSF 1.0 §7.1). */
export function transmitterMetadata(publicUrl: string, tenantSlug: string) {
  const urls = transmitterUrls(publicUrl, tenantSlug);
  const api = (path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;
  return {
    spec_version: '1_0',
    issuer: urls.issuer,
    jwks_uri: urls.jwks,
    delivery_methods_supported: [PUSH],
    configuration_endpoint: api(MANAGEMENT_PATHS.configuration),
    status_endpoint: api(MANAGEMENT_PATHS.status),
    add_subject_endpoint: api(MANAGEMENT_PATHS.addSubject),
    remove_subject_endpoint: api(MANAGEMENT_PATHS.removeSubject),
    verification_endpoint: api(MANAGEMENT_PATHS.verification),
    // Bearer API tokens (role `ssf`) from `bulwark token create` or the dashboard.
    authorization_schemes: [{ spec_urn: 'urn:ietf:rfc:6750' }],
    default_subjects: 'ALL',
    events_supported: [...eventsSupported],
  };
}

export function jwks(keys: readonly PublicJwk[]): { keys: PublicJwk[] } {
  return { keys: [...keys] };
}
