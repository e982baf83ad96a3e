import { randomBytes } from 'node:crypto';
import { catalogForTenant } from '../catalog/catalog.service.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { systemClock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import { instantRetryEnv } from '../../test/support/local-http.js';
import type { ConnectorRuntime } from './connector-runtime.js';
import { createConnectorRuntime } from './connector-runtime.factory.js';

/** A connector runtime for tests: a fresh key, loopback allowed explicitly, retries that do not wait. */
export function testRuntime(db: Db, overrides: Record<string, string> = {}) {
  const env = instantRetryEnv();
  const config = loadConfig({
    BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
    BULWARK_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1/32',
    ...overrides,
  });
  const rt: ConnectorRuntime = createConnectorRuntime({
    db,
    config,
    logger: createLogger('silent'),
    clock: systemClock,
    catalogFor: (tenantId) => catalogForTenant(db, tenantId),
    env,
  });
  return { rt, env, config };
}
