import type { MailSender } from '../accounts/mail.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { Clock } from '../shared/clock.js';
import type { ScoringMemory } from '../scoring/scoring-memory.js';
import type { Db } from '../storage/db.js';

/** What routes and jobs share: built once at start-up and passed down, never imported globally. */
export interface AppContext {
  db: Db;
  config: Config;
  logger: Logger;
  clock: Clock;
  /** The catalogue as a tenant sees it, with its weight overrides. */
  catalogFor(tenantId: string): Promise<Catalog>;
  /** What the last scoring run of each tenant left for the next one in this process. */
  scoringMemory?: ScoringMemory;
  /** Sends mail (sign-in links); absent when no SMTP server is configured. */
  mail?: MailSender;
}
