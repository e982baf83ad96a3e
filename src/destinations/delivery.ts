import type { ClientCredentials } from '../outbound/oauth2.js';
import { ClientCredentialsAuth } from '../outbound/oauth2.js';
import { defaultRetryPolicy } from '../outbound/retry.js';
import { requireSecrets } from '../secrets/secret-box.factory.js';
import type { CompromiseReport, Destination, LevelChange } from './destination.js';
import { messageKinds } from './destination.js';
import type { DestinationRuntime } from './destination-runtime.js';
import { destinationCredentialsContext } from './destination-runtime.js';
import { findDestination } from './destination.repository.js';
import type { DeliveryTools, Outgoing } from './drivers/driver.js';
import { destinationDriverOf } from './drivers/index.js';
import type { Deliverer, DeliveryResult, OutboxMessage } from './outbox.js';
import { supersededByDelivered } from './outbox.repository.js';

/** OAuth token clients kept per destination version, so a token serves many deliveries. */
const tokenClients = new Map<string, ClientCredentialsAuth>();

function toolsFor(rt: DestinationRuntime, d: Destination, hosts: string[]): DeliveryTools {
  const client = rt.client.forHosts(hosts);
  return {
    client,
    policy: rt.policy,
    timeoutMs: rt.timeoutMs,
    now: () => rt.clock.now(),
    oauth: (credentials: ClientCredentials) => {
      const key = `${d.tenantId}:${d.id}:${d.updatedAt}`;
      let auth = tokenClients.get(key);
      if (!auth) {
        auth = new ClientCredentialsAuth(
          client,
          credentials,
          { ...defaultRetryPolicy, maxAttempts: 2 },
          rt.env,
        );
        tokenClients.set(key, auth);
      }
      return auth;
    },
  };
}

/** Opens a destination's settings and credentials and sends one thing to it. */
export async function sendTo(
  rt: DestinationRuntime,
  d: Destination,
  outgoing: Outgoing,
): Promise<DeliveryResult> {
  const driver = destinationDriverOf(d.kind);
  const settings = driver.settings.safeParse(d.settings);
  if (!settings.success)
    return {
      outcome: 'failed',
      error: `the stored settings are not valid: ${settings.error.message}`,
    };
  let raw: unknown = {};
  try {
    if (d.sealedCredentials !== null)
      raw = JSON.parse(
        requireSecrets(rt.secrets).open(
          d.sealedCredentials,
          destinationCredentialsContext(d.tenantId, d.id),
        ),
      );
  } catch (error) {
    return { outcome: 'retry', error: error instanceof Error ? error.message : String(error) };
  }
  const credentials = driver.credentials.safeParse(raw);
  if (!credentials.success)
    return { outcome: 'failed', error: 'the stored credentials are not valid' };
  const tools = toolsFor(rt, d, driver.hosts(settings.data));
  const result = await driver.send(
    { settings: settings.data, credentials: credentials.data, tools },
    outgoing,
  );
  return result.outcome === 'delivered'
    ? result
    : { ...result, error: scrubbed(result.error, credentials.data) };
}

/**
 * An error keeps a part of the receiver's answer; a receiver that echoes the request back would
 * put the credentials in it, and from there in the status, the API and the log. Every credential
 * value, and any token after an authorization scheme, is cut out first.
 */
export function scrubbed(error: string, credentials: unknown): string {
  const secrets = Object.values(credentials as Record<string, unknown>).filter(
    (v): v is string => typeof v === 'string' && v.length >= 4,
  );
  let text = error.replace(/\b(Bearer|SSWS|Splunk|Basic) [\w.~+/=-]{12,}/gi, '$1 [redacted]');
  for (const secret of secrets) text = text.split(secret).join('[redacted]');
  return text;
}

function keepsMembership(d: Destination): boolean {
  const driver = destinationDriverOf(d.kind);
  const settings = driver.settings.safeParse(d.settings);
  return settings.success && driver.wants(settings.data).membership;
}

function outgoingOf(m: OutboxMessage): Outgoing | undefined {
  if (m.kind === messageKinds.levelChange)
    return { type: 'level-change', change: m.payload as LevelChange };
  if (m.kind === messageKinds.compromised)
    return { type: 'compromised', report: m.payload as CompromiseReport };
  return undefined;
}

/** The outbox deliverer of destination messages: the destination as configured now. */
export function destinationDeliverer(rt: DestinationRuntime): Deliverer {
  return async (m) => {
    const outgoing = outgoingOf(m);
    if (!outgoing)
      return { outcome: 'failed', error: `unknown destination message kind ${m.kind}` };
    const d = await findDestination(rt.db, m.tenantId, m.destinationId);
    if (!d) return { outcome: 'failed', error: 'the destination was removed' };
    // A group is set to a state: an old change replayed after a newer one reached it would undo it.
    if (outgoing.type === 'level-change' && keepsMembership(d))
      if (await supersededByDelivered(rt.db, m.tenantId, m.id)) return { outcome: 'delivered' };
    return sendTo(rt, d, outgoing);
  };
}
