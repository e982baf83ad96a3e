import { scoreTenant } from '../../scoring/scoring.service.js';
import { systemClock } from '../../shared/clock.js';
import type { Db } from '../../storage/db.js';
import type { Tenant } from '../../tenancy/tenant.js';

/**
 * Commands that store events end by bringing the tenant's scores up to date, so that what was
 * ingested is reflected when the command returns (the server does the same in the background).
 */
export async function scoreAfterIngest(db: Db, tenant: Tenant): Promise<void> {
  const r = await scoreTenant({ db, clock: systemClock }, tenant.id);
  process.stderr.write(
    `scores up to date (${r.mode}: ${r.events} new events, ${r.rescored} identities rescored)\n`,
  );
}
