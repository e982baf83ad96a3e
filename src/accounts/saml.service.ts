import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../storage/db.js';
import type { Tenant } from '../tenancy/tenant.js';
import { findTenantBySlug } from '../tenancy/tenant.repository.js';
import type { Origin, SignedIn } from './login.service.js';
import { signIn } from './login.service.js';
import { memberFor } from './oidc.service.js';
import type { SignedAssertion } from './saml.assertion.js';
import { readEnvelope, readSignedAssertion } from './saml.assertion.js';
import { checkAssertion, emailOf } from './saml.checks.js';
import type { SpEndpoints } from './saml.client.js';
import { authnRequestUrl, spEndpointsOf, verifiedAssertionXml } from './saml.client.js';
import type { SamlConfig } from './saml.repository.js';
import {
  answerSamlFlow,
  claimAssertionId,
  findOpenSamlFlow,
  findSamlConfig,
  insertSamlFlow,
  takeSamlFlow,
} from './saml.repository.js';
import { hashSecret, looksLikeSecret, newSecret } from './secrets.js';
import type { SessionPolicy } from './session.js';
import type { User } from './user.js';
import { emailProblem } from './user.js';
import { findUserById } from './user.repository.js';

/** How long a person has to sign in at the identity provider. */
export const SAML_FLOW_TTL_MS = 10 * 60_000;
/** Once the IdP's answer is accepted, the browser has this long to finish. */
const HANDOFF_MS = 60_000;

interface TenantSaml {
  tenant: Tenant;
  config: SamlConfig;
  sp: SpEndpoints;
}

/** The tenant and its SAML set-up; an unknown tenant reads like one without SSO. */
export async function samlOf(
  db: Db,
  slug: string,
  publicUrl: string,
  { enabledOnly = true } = {},
): Promise<TenantSaml> {
  const tenant = await findTenantBySlug(db, slug);
  const config = tenant && (await findSamlConfig(db, tenant.id));
  if (!tenant || !config || (enabledOnly && !config.enabled))
    throw new AppError('SSO_NOT_CONFIGURED', `single sign-on is not set up for "${slug}"`);
  return { tenant, config, sp: spEndpointsOf(publicUrl, tenant.slug) };
}

/**
 * Issues an AuthnRequest: its ID is stored (so that the answer must name it, once) with a
 * RelayState and the hash of a flow id for the browser's cookie, which binds the sign-in to it.
 */
export async function startSaml(
  db: Db,
  tenantSlug: string,
  publicUrl: string,
  now = Date.now(),
): Promise<{ location: string; flowId: string }> {
  const { tenant, config, sp } = await samlOf(db, tenantSlug, publicUrl);
  const flowId = newSecret();
  const flow = {
    // An xs:ID must not start with a digit.
    requestId: `_${hashSecret(newSecret())}`,
    idHash: hashSecret(flowId),
    tenantId: tenant.id,
    relayState: newSecret(),
    userId: null,
    expiresAt: now + SAML_FLOW_TTL_MS,
  };
  await insertSamlFlow(db, flow, now);
  const location = await authnRequestUrl(config, sp, flow.requestId, flow.relayState);
  return { location, flowId };
}

/**
 * The Assertion Consumer Service: accepts the IdP's Response only when it is signed by a
 * configured certificate and every check holds, and records on the request it answers who may
 * finish signing in. Every refusal is audited and answered with SSO_FAILED.
 */
export async function acceptSamlResponse(
  db: Db,
  input: { tenantSlug: string; samlResponse: string; relayState: string | undefined },
  origin: Origin,
  publicUrl: string,
  now = Date.now(),
): Promise<void> {
  const { tenant, config, sp } = await samlOf(db, input.tenantSlug, publicUrl);
  const refuse = (reason: string) => refused(db, tenant.id, origin, reason);
  const verified = await verify(config, sp, input.samlResponse).catch((error: unknown) =>
    refuse(`the identity provider's response was refused: ${messageOf(error)}`),
  );
  const { envelope, assertion } = verified;
  const checked = checkAssertion(
    assertion,
    envelope,
    { idpEntityId: config.idpEntityId, acsUrl: sp.acsUrl },
    now,
  );
  if (typeof checked === 'string') return refuse(checked);
  if (!(await claimAssertionId(db, tenant.id, assertion.id, checked.usableUntil, now)))
    return refuse('this assertion has been used already (a replay)');
  const flow = await findOpenSamlFlow(db, tenant.id, checked.inResponseTo, now);
  if (!flow)
    return refuse('the response answers no sign-in we started, or one answered or expired');
  if (input.relayState !== flow.relayState)
    return refuse('the RelayState is not the one sent with the request');
  const user = await userFor(db, config, assertion, refuse);
  if (!(await answerSamlFlow(db, flow.requestId, user.id, now + HANDOFF_MS, now)))
    return refuse('the request has been answered already');
}

/** The unsigned envelope, and the assertion as the signature covers it. */
async function verify(config: SamlConfig, sp: SpEndpoints, samlResponse: string) {
  const envelope = readEnvelope(Buffer.from(samlResponse, 'base64').toString('utf8'));
  const assertion = readSignedAssertion(await verifiedAssertionXml(config, sp, samlResponse));
  return { envelope, assertion };
}

async function userFor(
  db: Db,
  config: SamlConfig,
  assertion: SignedAssertion,
  refuse: (reason: string) => Promise<never>,
): Promise<User> {
  const found = emailOf(assertion, config.emailAttribute);
  if ('problem' in found) return refuse(found.problem);
  const problem = emailProblem(found.email);
  if (problem) return refuse(`the asserted email is not usable: ${problem}`);
  const user = await memberFor(db, config, found.email);
  if (!user) return refuse(`${found.email} is not a member of this tenant`);
  if (user.disabledAt !== null) return refuse(`${found.email} is disabled`);
  return user;
}

/**
 * Finishes in the browser that started: its flow cookie must name a request the IdP answered
 * for this tenant, within a minute. Then the session starts, as for every other way in.
 */
export async function finishSaml(
  db: Db,
  input: { tenantSlug: string; flowId: string | undefined },
  origin: Origin,
  policy: SessionPolicy,
  publicUrl: string,
  now = Date.now(),
): Promise<SignedIn> {
  const { tenant } = await samlOf(db, input.tenantSlug, publicUrl);
  const flowId = input.flowId && looksLikeSecret(input.flowId) ? input.flowId : undefined;
  const flow = flowId && (await takeSamlFlow(db, hashSecret(flowId)));
  const user = flow && flow.userId !== null ? await findUserById(db, flow.userId) : undefined;
  if (!flow || !user || flow.tenantId !== tenant.id || flow.expiresAt <= now)
    return refused(db, tenant.id, origin, 'no sign-in was answered for this browser in time');
  return signIn(db, user, tenant.id, 'saml', origin, policy, now);
}

async function refused(db: Db, tenantId: string, origin: Origin, reason: string): Promise<never> {
  await recordAudit(db, tenantId, {
    action: 'auth.sso_refused',
    actor: 'anonymous',
    ip: origin.ip,
    details: { protocol: 'saml', reason },
  });
  throw new AppError('SSO_FAILED', `single sign-on failed: ${reason}`);
}

/** The library's reason, cut short: it may quote values from the message. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
