import * as client from 'openid-client';
import type { OidcConfig } from './oidc.repository.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why an issuer URL is not acceptable: it must be https, or http on this machine (tests, dev). */
export function issuerProblem(issuer: string): string | undefined {
  if (!URL.canParse(issuer)) return 'must be a URL';
  const url = new URL(issuer);
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return undefined;
  return 'must be an https:// URL';
}

/**
 * The provider's metadata, by discovery. ID tokens from the token endpoint are checked against
 * the provider's JWKS too (`enableNonRepudiationChecks`), not only trusted for arriving over TLS.
 */
export function discover(
  config: OidcConfig,
  clientSecret: string | undefined,
): Promise<client.Configuration> {
  const execute = [client.enableNonRepudiationChecks];
  if (new URL(config.issuer).protocol === 'http:') execute.push(client.allowInsecureRequests);
  return client.discovery(new URL(config.issuer), config.clientId, clientSecret, undefined, {
    execute,
    timeout: 10,
  });
}
