import type { Catalog } from '../catalog/catalog.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { OutboundClient } from '../outbound/http-client.js';
import { NetworkPolicy } from '../outbound/network-policy.js';
import { defaultRetryPolicy } from '../outbound/retry.js';
import type { RetryEnv } from '../outbound/retrying.js';
import { realRetryEnv } from '../outbound/retrying.js';
import { parseSecretKey, SecretBox } from '../secrets/secret-box.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import type { ConnectorRuntime } from './connector-runtime.js';

/** The secret box of the configured key, or undefined when none is set. */
export function secretBoxOf(config: Pick<Config, 'secretKey'>): SecretBox | undefined {
  if (!config.secretKey) return undefined;
  const key = parseSecretKey(config.secretKey);
  if (typeof key === 'string') throw new Error(`BULWARK_SECRET_KEY ${key}`);
  return new SecretBox(key);
}

/** The outbound client every connector (and destination) starts from: policy and limits. */
export function outboundClientOf(config: Config): OutboundClient {
  return new OutboundClient({
    policy: new NetworkPolicy(config.outboundAllowPrivate),
    allowedHosts: [],
    timeoutMs: config.outboundTimeoutMs,
    maxResponseBytes: config.outboundMaxResponseBytes,
  });
}

export function createConnectorRuntime(parts: {
  db: Db;
  config: Config;
  logger: Logger;
  clock: Clock;
  catalogFor: (tenantId: string) => Promise<Catalog>;
  env?: RetryEnv;
}): ConnectorRuntime {
  return {
    db: parts.db,
    clock: parts.clock,
    logger: parts.logger,
    catalogFor: parts.catalogFor,
    client: outboundClientOf(parts.config),
    secrets: secretBoxOf(parts.config),
    retry: defaultRetryPolicy,
    env: parts.env ?? realRetryEnv,
  };
}
