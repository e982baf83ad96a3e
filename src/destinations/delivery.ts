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
  return driver.send({ settings: settings.data, credentials: credentials.data, tools }, outgoing);
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
    return sendTo(rt, d, outgoing);
  };
}
