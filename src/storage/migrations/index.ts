import { foundation } from './001-foundation.js';
import { catalogOverrides } from './002-catalog-overrides.js';
import { riskScores } from './003-risk-scores.js';
import { accounts } from './004-accounts.js';
import { auditLog } from './005-audit-log.js';
import { signals } from './006-signals.js';
import { destinations } from './007-destinations.js';
import { ssf } from './008-ssf.js';
import { saml } from './009-saml.js';
import { scoringFillfactor } from './010-scoring-fillfactor.js';
import { eventsTenantNumber } from './011-events-tenant-number.js';
import { riskDrivers } from './012-risk-drivers.js';
import type { Migration } from './types.js';

/** Every migration in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  foundation,
  catalogOverrides,
  riskScores,
  accounts,
  auditLog,
  signals,
  destinations,
  ssf,
  saml,
  scoringFillfactor,
  eventsTenantNumber,
  riskDrivers,
];
