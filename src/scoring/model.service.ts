import { loadOverrides } from '../catalog/catalog.repository.js';
import { createModel, type Model } from '../risk/index.js';
import type { Queryable } from '../storage/db.js';

/** The tenant's risk model: the built-in catalogue with its weight overrides. */
export async function modelFor(db: Queryable, tenantId: string): Promise<Model> {
  return createModel({ weightOverrides: await loadOverrides(db, tenantId) });
}
