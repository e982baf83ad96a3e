import type { Level } from '../risk/index.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import { replaceRows } from './replace-rows.js';

export interface SnapshotEntry {
  identityId: string;
  risk: number;
  likelihood: number;
  level: Level;
  percentile: number;
}

/** Writes (or rewrites) the given identities' snapshot of one UTC day. */
export async function saveSnapshots(
  tx: Queryable,
  tenantId: string,
  day: string,
  ids: readonly string[] | 'all',
  entries: readonly SnapshotEntry[],
): Promise<void> {
  const rows: SqlValue[][] = entries.map((e) => [
    tenantId,
    day,
    e.identityId,
    e.risk,
    e.likelihood,
    e.level,
    e.percentile,
  ]);
  await replaceRows(
    tx,
    'risk_snapshots',
    { tenantId, key: 'identity_id', extra: { sql: 'day = ?', params: [day] } },
    ids,
    ['tenant_id', 'day', 'identity_id', 'risk', 'likelihood', 'level', 'percentile'],
    rows,
  );
}

/** Keeps the current scores as the snapshot of `day` (the day they were computed on). */
export async function snapshotCurrent(tx: Queryable, tenantId: string, day: string): Promise<void> {
  await tx.run('DELETE FROM risk_snapshots WHERE tenant_id = ? AND day = ?', [tenantId, day]);
  await tx.run(
    `INSERT INTO risk_snapshots (tenant_id, day, identity_id, risk, likelihood, level, percentile)
     SELECT tenant_id, ?, identity_id, risk, likelihood, level, percentile FROM risk_scores
      WHERE tenant_id = ?`,
    [day, tenantId],
  );
}

export interface TrendDay {
  day: string;
  identities: number;
  meanRisk: number;
  levels: Record<Level, number>;
}

export async function saveTrendDay(tx: Queryable, tenantId: string, t: TrendDay): Promise<void> {
  await tx.run('DELETE FROM risk_trend WHERE tenant_id = ? AND day = ?', [tenantId, t.day]);
  await tx.insertMany(
    'risk_trend',
    ['tenant_id', 'day', 'identities', 'mean_risk', 'low', 'medium', 'high', 'critical'],
    [
      [
        tenantId,
        t.day,
        t.identities,
        t.meanRisk,
        t.levels.low,
        t.levels.medium,
        t.levels.high,
        t.levels.critical,
      ],
    ],
  );
}

/** Each identity's daily percentiles at or above `minPercentile` since `sinceDay` (persistence rules). */
export async function highPercentileDays(
  db: Queryable,
  tenantId: string,
  sinceDay: string,
  minPercentile: number,
): Promise<Map<string, { at: number; percentile: number }[]>> {
  const rows = await db.all<{ identity_id: string; day: string; percentile: number }>(
    `SELECT identity_id, day, percentile FROM risk_snapshots
      WHERE tenant_id = ? AND day >= ? AND percentile >= ?`,
    [tenantId, sinceDay, minPercentile],
  );
  const out = new Map<string, { at: number; percentile: number }[]>();
  for (const r of rows) {
    const list = out.get(r.identity_id) ?? [];
    list.push({ at: dayEnd(r.day), percentile: Number(r.percentile) });
    out.set(r.identity_id, list);
  }
  return out;
}

export const DAY_MS = 86_400_000;

/** The UTC day of an instant, YYYY-MM-DD. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last millisecond of a UTC day. */
export function dayEnd(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) + DAY_MS - 1;
}
