import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { outboundClientOf } from '../outbound/client.factory.js';
import type { OutboundClient } from '../outbound/http-client.js';
import { NetworkPolicy } from '../outbound/network-policy.js';
import type { RetryEnv } from '../outbound/retrying.js';
import { realRetryEnv } from '../outbound/retrying.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import type { OutboxPolicy } from './outbox-policy.js';
import { defaultOutboxPolicy } from './outbox-policy.js';

/** Everything destinations share, built once by the server or a CLI command. */
export interface DestinationRuntime {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The outbound client with the network policy and no host; each delivery narrows it. */
  client: OutboundClient;
  policy: NetworkPolicy;
  timeoutMs: number;
  /** Absent when no BULWARK_SECRET_KEY is set: then no credentials can be stored or read. */
  secrets: SecretBox | undefined;
  outbox: OutboxPolicy;
  /** Timing of OAuth token requests' own retries. */
  env: RetryEnv;
}

export function createDestinationRuntime(parts: {
  db: Db;
  config: Config;
  logger: Logger;
  clock: Clock;
  env?: RetryEnv;
}): DestinationRuntime {
  const { config } = parts;
  return {
    db: parts.db,
    clock: parts.clock,
    logger: parts.logger,
    client: outboundClientOf(config),
    policy: new NetworkPolicy(config.outboundAllowPrivate),
    timeoutMs: config.outboundTimeoutMs,
    secrets: secretBoxOf(config),
    outbox: {
      ...defaultOutboxPolicy,
      maxAttempts: config.outboxMaxAttempts,
      maxAgeMs: config.outboxMaxAgeHours * 3600_000,
    },
    env: parts.env ?? realRetryEnv,
  };
}

/** The context credentials are sealed with: they open only for the destination they belong to. */
export function destinationCredentialsContext(tenantId: string, destinationId: string): string {
  return `destination:${tenantId}:${destinationId}`;
}
