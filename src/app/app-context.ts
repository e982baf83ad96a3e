import { smtpSender } from '../accounts/mail.js';
import { catalogForTenant } from '../catalog/catalog.service.js';
import type { Config } from '../config/config.js';
import type { AppContext } from '../http/context.js';
import type { Logger } from '../logging/logger.js';
import { systemClock } from '../shared/clock.js';
import { ScoringMemory } from '../scoring/scoring-memory.js';
import type { Db } from '../storage/db.js';

/** Wires the shared services for the server and workers from a database and configuration. */
export function createAppContext(db: Db, config: Config, logger: Logger): AppContext {
  return {
    db,
    config,
    logger,
    clock: systemClock,
    scoringMemory: new ScoringMemory(),
    catalogFor: (tenantId) => catalogForTenant(db, tenantId),
    ...(config.smtpUrl ? { mail: smtpSender(config.smtpUrl, config.mailFrom) } : {}),
  };
}
