import { AppError } from '../shared/errors.js';
import type { Db, Queryable } from '../storage/db.js';
import { Catalog, defaultCatalog, overrideProblems } from './catalog.js';
import { loadOverrides, saveOverride } from './catalog.repository.js';

/** The catalogue as a tenant sees it: the built-in behaviours with the tenant's weight overrides. */
export async function catalogForTenant(db: Queryable, tenantId: string): Promise<Catalog> {
  const overrides = await loadOverrides(db, tenantId);
  return Object.keys(overrides).length === 0 ? defaultCatalog : new Catalog(undefined, overrides);
}

/**
 * Sets weight overrides for a tenant. Every override is checked first; if any is invalid nothing
 * is applied and every problem is reported with the behaviour it names.
 */
export async function setOverrides(
  db: Db,
  tenantId: string,
  overrides: Record<string, number>,
  now = Date.now(),
): Promise<void> {
  const problems = overrideProblems(overrides, defaultCatalog);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `weight overrides not applied: ${problems.join('; ')}`,
      problems.map((p) => ({ path: p.split(':')[0] ?? '', message: p })),
    );
  }
  await db.transaction(async (tx) => {
    for (const [type, weight] of Object.entries(overrides))
      await saveOverride(tx, tenantId, type, weight, now);
  });
}
