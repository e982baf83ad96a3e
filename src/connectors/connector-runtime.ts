import type { Catalog } from '../catalog/catalog.js';
import type { Logger } from '../logging/logger.js';
import type { OutboundClient } from '../outbound/http-client.js';
import type { RetryPolicy } from '../outbound/retry.js';
import type { RetryEnv } from '../outbound/retrying.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';

/** Everything connector runs share, built once by the server or a CLI command. */
export interface ConnectorRuntime {
  db: Db;
  clock: Clock;
  logger: Logger;
  catalogFor(tenantId: string): Promise<Catalog>;
  /** The outbound client with the network policy; each run narrows it to its vendor's hosts. */
  client: OutboundClient;
  /** Absent when no BULWARK_SECRET_KEY is set: then no credentials can be stored or read. */
  secrets: SecretBox | undefined;
  retry: RetryPolicy;
  env: RetryEnv;
}

/** The context credentials are sealed with: they open only for the connector they belong to. */
export function credentialsContext(tenantId: string, connectorId: string): string {
  return `connector:${tenantId}:${connectorId}`;
}
