import { cliActor } from '../../../src/accounts/actor.js';
import type { User } from '../../../src/accounts/user.js';
import { createMember } from '../../../src/accounts/user.service.js';
import { catalogForTenant } from '../../../src/catalog/catalog.service.js';
import { loadDemo } from '../../../src/demo/demo.service.js';
import { parseDemoOptions } from '../../../src/demo/options.js';
import { scoreTenant } from '../../../src/scoring/scoring.service.js';
import { systemClock } from '../../../src/shared/clock.js';
import type { Db } from '../../../src/storage/db.js';
import type { Tenant } from '../../../src/tenancy/tenant.js';
import { TEST_PASSWORD } from './organisation.js';

/**
 * The demo organisation, loaded through the real import and ingest paths with the loader's daily
 * history of the period's last 90 days, then scored.
 */
export async function loadScoredDemo(db: Db, people: number, days: number): Promise<Tenant> {
  const options = parseDemoOptions({
    people: String(people),
    days: String(days),
    seed: '7',
    endDate: new Date().toISOString().slice(0, 10),
  });
  const report = await loadDemo(db, await catalogForTenant(db, ''), systemClock, options, {
    force: true,
  });
  await scoreTenant({ db, clock: systemClock }, report.tenant.id);
  return report.tenant;
}

/** A member with a password, who signs in through the form. */
export function memberWithPassword(
  db: Db,
  tenantId: string,
  email: string,
  role: 'admin' | 'analyst' | 'manager' | 'employee',
  subject?: string,
): Promise<User> {
  return createMember(
    db,
    tenantId,
    { email, password: TEST_PASSWORD },
    { role, ...(subject ? { subject } : {}) },
    cliActor,
  );
}
