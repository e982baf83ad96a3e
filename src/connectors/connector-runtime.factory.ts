import type { Catalog } from '../catalog/catalog.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { outboundClientOf } from '../outbound/client.factory.js';
import { defaultRetryPolicy } from '../outbound/retry.js';
import type { RetryEnv } from '../outbound/retrying.js';
import { realRetryEnv } from '../outbound/retrying.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import type { ConnectorRuntime } from './connector-runtime.js';

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
