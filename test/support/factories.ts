import { randomBytes } from 'node:crypto';
import type { Tenant } from '../../src/tenancy/tenant.js';
import { createTenant } from '../../src/tenancy/tenant.service.js';
import type { Db } from '../../src/storage/db.js';

/** A tenant with a unique slug, so that test files never collide on shared data. */
export async function makeTenant(db: Db, prefix = 't'): Promise<Tenant> {
  const slug = `${prefix}-${randomBytes(4).toString('hex')}`;
  return createTenant(db, slug, `Tenant ${slug}`);
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.com`;
}
