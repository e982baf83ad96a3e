import type { Queryable } from '../storage/db.js';
import type { Driver } from './stats.js';

/** The populations drivers are kept for: everyone, people, agents. */
export type DriverPopulation = 'all' | 'person' | 'agent';

/** Replaces the tenant's drivers with those of the run scored at `scoredAt`. */
export async function saveDrivers(
  tx: Queryable,
  tenantId: string,
  scoredAt: number,
  lists: ReadonlyMap<DriverPopulation, Driver[]>,
): Promise<void> {
  const rows = [...lists].map(([kind, drivers]) => [
    tenantId,
    kind,
    scoredAt,
    JSON.stringify(drivers),
  ]);
  await tx.insertMany('risk_drivers', ['tenant_id', 'kind', 'scored_at', 'drivers'], rows, {
    onConflictUpdate: ['tenant_id', 'kind'],
  });
}

/** The drivers written by the run scored at `scoredAt`, or undefined if that run wrote none. */
export async function loadDrivers(
  db: Queryable,
  tenantId: string,
  kind: DriverPopulation,
  scoredAt: number,
): Promise<Driver[] | undefined> {
  const row = await db.get<{ drivers: string }>(
    'SELECT drivers FROM risk_drivers WHERE tenant_id = ? AND kind = ? AND scored_at = ?',
    [tenantId, kind, scoredAt],
  );
  return row ? (JSON.parse(row.drivers) as Driver[]) : undefined;
}
