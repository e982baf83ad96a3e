import * as client from 'openid-client';
import { recordAudit } from '../audit/audit.service.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../storage/db.js';
import type { Tenant } from '../tenancy/tenant.js';
import { findTenantBySlug } from '../tenancy/tenant.repository.js';
import type { Origin, SignedIn } from './login.service.js';
import { signIn } from './login.service.js';
import { findMembership } from './membership.repository.js';
import { discover } from './oidc.client.js';
import type { OidcConfig } from './oidc.repository.js';
import { findOidcConfig, insertOidcFlow, takeOidcFlow } from './oidc.repository.js';
import { hashSecret, looksLikeSecret, newSecret } from './secrets.js';
import type { SessionPolicy } from './session.js';
import { openSecret, secretContexts } from './stored-secret.js';
import type { User } from './user.js';
import { findUserByEmail } from './user.repository.js';
import { addMembership, createMember } from './user.service.js';

/** How long a person has to finish signing in at the provider. */
export const FLOW_TTL_MS = 10 * 60_000;

export function redirectUriOf(publicUrl: string, tenantSlug: string): string {
  return `${publicUrl}/api/v1/auth/oidc/${encodeURIComponent(tenantSlug)}/callback`;
}

/** The tenant and its enabled provider; an unknown tenant reads like one without SSO. */
async function ssoOf(db: Db, slug: string): Promise<{ tenant: Tenant; config: OidcConfig }> {
  const tenant = await findTenantBySlug(db, slug);
  const config = tenant && (await findOidcConfig(db, tenant.id));
  if (!tenant || !config?.enabled)
    throw new AppError('SSO_NOT_CONFIGURED', `single sign-on is not set up for "${slug}"`);
  return { tenant, config };
}

/** The client secret, opened for the token request; a sealed one needs BULWARK_SECRET_KEY. */
function clientSecretOf(config: OidcConfig, secrets: SecretBox | undefined): string | undefined {
  if (!config.clientSecret) return undefined;
  return openSecret(secrets, config.clientSecret, secretContexts.oidcClient(config.tenantId));
}

/**
 * Starts an authorization-code flow with PKCE (S256), state and nonce, and returns where to send
 * the browser and the flow id for its cookie, which binds the callback to this browser.
 */
export async function startOidc(
  db: Db,
  secrets: SecretBox | undefined,
  tenantSlug: string,
  publicUrl: string,
  now = Date.now(),
): Promise<{ location: string; flowId: string }> {
  const { tenant, config } = await ssoOf(db, tenantSlug);
  const provider = await discover(config, clientSecretOf(config, secrets)).catch(
    (error: unknown) => {
      throw new AppError(
        'SSO_FAILED',
        `the identity provider could not be reached: ${message(error)}`,
      );
    },
  );
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const flowId = newSecret();
  await insertOidcFlow(
    db,
    {
      idHash: hashSecret(flowId),
      tenantId: tenant.id,
      state,
      nonce,
      codeVerifier,
      expiresAt: now + FLOW_TTL_MS,
    },
    now,
  );
  const url = client.buildAuthorizationUrl(provider, {
    redirect_uri: redirectUriOf(publicUrl, tenant.slug),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { location: url.href, flowId };
}

/**
 * Finishes the flow: the browser's flow cookie must match a live flow of this tenant, the code is
 * exchanged with the PKCE verifier, and the ID token's signature (against the provider's JWKS),
 * issuer, audience, expiry, state and nonce are checked before its verified email is trusted.
 */
export async function finishOidc(
  db: Db,
  secrets: SecretBox | undefined,
  input: { tenantSlug: string; flowId: string | undefined; callbackUrl: string },
  origin: Origin,
  policy: SessionPolicy,
  now = Date.now(),
): Promise<SignedIn> {
  const { tenant, config } = await ssoOf(db, input.tenantSlug);
  const refuse = (reason: string) => refused(db, tenant.id, origin, reason);
  const flowId = input.flowId && looksLikeSecret(input.flowId) ? input.flowId : undefined;
  const flow = flowId && (await takeOidcFlow(db, hashSecret(flowId)));
  if (!flow || flow.tenantId !== tenant.id || flow.expiresAt <= now)
    return refuse('no sign-in was started in this browser, or it took too long');
  const clientSecret = clientSecretOf(config, secrets);
  let claims: client.IDToken | undefined;
  try {
    const provider = await discover(config, clientSecret);
    const tokens = await client.authorizationCodeGrant(provider, new URL(input.callbackUrl), {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    return refuse(`the identity provider's answer was refused: ${message(error)}`);
  }
  const email = typeof claims?.email === 'string' ? claims.email : undefined;
  if (!email || claims?.email_verified !== true)
    return refuse('the identity provider did not vouch for an email address');
  const user = await memberFor(db, config, email);
  if (!user) return refuse(`${email} is not a member of this tenant`);
  if (user.disabledAt !== null) return refuse(`${email} is disabled`);
  return signIn(db, user, tenant.id, 'oidc', origin, policy, now);
}

/** The user with this verified email in the tenant, provisioned when the tenant allows. */
export async function memberFor(
  db: Db,
  config: Pick<OidcConfig, 'tenantId' | 'defaultRole'>,
  email: string,
): Promise<User | undefined> {
  const by = { actor: 'sso', ip: null };
  const existing = await findUserByEmail(db, email);
  if (existing && (await findMembership(db, config.tenantId, existing.id))) return existing;
  if (!config.defaultRole) return undefined;
  const membership = { role: config.defaultRole, subject: email };
  if (existing) {
    await addMembership(db, config.tenantId, existing.id, membership, by);
    return existing;
  }
  return createMember(db, config.tenantId, { email }, membership, by);
}

async function refused(db: Db, tenantId: string, origin: Origin, reason: string): Promise<never> {
  await recordAudit(db, tenantId, {
    action: 'auth.sso_refused',
    actor: 'anonymous',
    ip: origin.ip,
    details: { reason },
  });
  throw new AppError('SSO_FAILED', `single sign-on failed: ${reason}`);
}

/** The error and the one it wraps: openid-client puts the precise reason in `cause`. */
function message(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message} (${cause})` : error.message;
}
