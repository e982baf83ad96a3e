import { deleteOverride, loadOverrides } from '../catalog/catalog.repository.js';
import { setOverrides } from '../catalog/catalog.service.js';
import { createModel } from '../risk/index.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../storage/db.js';

/**
 * Sets a tenant's weight overrides. Every value is checked first (a known behaviour, a number in
 * 0–100) and every problem is reported with its field (`weightOverrides.<type>`); if there is any,
 * nothing is stored. Scores follow at the next scoring run, which rescores everyone because the
 * weights changed (states keep no weights, so nothing is replayed).
 */
export async function setWeights(
  db: Db,
  tenantId: string,
  weights: Readonly<Record<string, unknown>>,
  now: number,
): Promise<Record<string, number>> {
  createModel({ weightOverrides: weights });
  await setOverrides(db, tenantId, weights as Record<string, number>, now);
  return loadOverrides(db, tenantId);
}

/** Returns a behaviour to its built-in weight. */
export async function resetWeight(
  db: Db,
  tenantId: string,
  type: string,
): Promise<Record<string, number>> {
  const model = createModel();
  if (!model.indexOf.has(type))
    throw new AppError('UNKNOWN_BEHAVIOUR', `type: unknown behaviour type "${type}"`, [
      { path: 'type', message: `unknown behaviour type "${type}"` },
    ]);
  await db.transaction((tx) => deleteOverride(tx, tenantId, type));
  return loadOverrides(db, tenantId);
}
