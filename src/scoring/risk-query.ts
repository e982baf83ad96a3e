import type { Visibility } from '../auth/viewer.js';
import { visibilityCondition } from '../directory/visibility.sql.js';
import type { Level, StoredState } from '../risk/index.js';
import { Conditions } from '../storage/conditions.js';
import type { Queryable } from '../storage/db.js';
import { toStoredScore, type ScoreRow, type StoredScore } from './population.repository.js';

export interface RiskListQuery {
  visibility: Visibility;
  kind?: 'person' | 'agent';
  department?: string;
  level?: Level;
  q?: string;
  limit: number;
  after?: { risk: number; id: string };
}

export interface RiskListItem extends StoredScore {
  email: string;
  name: string | null;
  department: string | null;
  title: string | null;
}

type ListRow = ScoreRow & {
  email: string;
  name: string | null;
  department: string | null;
  title: string | null;
};

/**
 * People (and agents) sorted by risk, riskiest first, one page at a time. The walk follows the
 * `risk_scores_rank` index backwards and stops after a page, so a page costs about the same at
 * 100 identities as at 100,000; filters and visibility are checked on the rows it passes.
 */
export async function listByRisk(
  db: Queryable,
  tenantId: string,
  q: RiskListQuery,
): Promise<{ items: RiskListItem[]; next?: { risk: number; id: string } }> {
  const visible = visibilityCondition(tenantId, q.visibility);
  const where = new Conditions()
    .add('s.tenant_id = ?', tenantId)
    .add(visible.sql, ...visible.params);
  where
    .addIf(q.kind, 's.kind = ?')
    .addIf(q.level, 's.level = ?')
    .addIf(q.department, 'i.department = ?');
  if (q.q)
    where.add(
      "i.search_lc LIKE ? ESCAPE '\\'",
      `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  if (q.after)
    where.add(
      '(s.risk < ? OR (s.risk = ? AND s.identity_id < ?))',
      q.after.risk,
      q.after.risk,
      q.after.id,
    );
  const rows = await db.all<ListRow>(
    `SELECT s.*, i.email, i.name, i.department, i.title
       FROM risk_scores s JOIN identities i ON i.tenant_id = s.tenant_id AND i.id = s.identity_id
      WHERE ${where.sql}
      ORDER BY s.risk DESC, s.identity_id DESC LIMIT ?`,
    [...where.params, q.limit + 1],
  );
  const items = rows.slice(0, q.limit).map((r) => ({
    ...toStoredScore(r),
    email: r.email,
    name: r.name,
    department: r.department,
    title: r.title,
  }));
  const last = items.at(-1);
  return rows.length > q.limit && last
    ? { items, next: { risk: last.risk, id: last.identityId } }
    : { items };
}

export interface PopulationRow {
  identityId: string;
  kind: string;
  risk: number;
  likelihood: number;
  level: Level;
  department: string | null;
  location: string | null;
  title: string | null;
  managerId: string | null;
  businessUnitId: string | null;
}

/** Every scored identity a viewer's aggregates may use. */
export async function visiblePopulation(
  db: Queryable,
  tenantId: string,
  visibility: Visibility,
  kind?: 'person' | 'agent',
): Promise<PopulationRow[]> {
  const visible = visibilityCondition(tenantId, visibility);
  const rows = await db.all<{
    identity_id: string;
    kind: string;
    risk: number;
    likelihood: number;
    level: string;
    department: string | null;
    location: string | null;
    title: string | null;
    manager_id: string | null;
    business_unit_id: string | null;
  }>(
    `SELECT s.identity_id, s.kind, s.risk, s.likelihood, s.level, i.department, i.location, i.title,
            i.manager_id, i.business_unit_id
       FROM risk_scores s JOIN identities i ON i.tenant_id = s.tenant_id AND i.id = s.identity_id
      WHERE s.tenant_id = ? AND ${visible.sql} ${kind ? 'AND s.kind = ?' : ''}`,
    [tenantId, ...visible.params, ...(kind ? [kind] : [])],
  );
  return rows.map((r) => ({
    identityId: r.identity_id,
    kind: r.kind,
    risk: Number(r.risk),
    likelihood: Number(r.likelihood),
    level: r.level as Level,
    department: r.department,
    location: r.location,
    title: r.title,
    managerId: r.manager_id,
    businessUnitId: r.business_unit_id,
  }));
}

export interface HistoryPoint {
  day: string;
  risk: number;
  likelihood: number;
  level: Level;
  percentile: number;
}

export async function identityHistory(
  db: Queryable,
  tenantId: string,
  identityId: string,
  fromDay: string,
  toDay: string,
): Promise<HistoryPoint[]> {
  const rows = await db.all<{
    day: string;
    risk: number;
    likelihood: number;
    level: string;
    percentile: number;
  }>(
    `SELECT day, risk, likelihood, level, percentile FROM risk_snapshots
      WHERE tenant_id = ? AND identity_id = ? AND day >= ? AND day <= ? ORDER BY day`,
    [tenantId, identityId, fromDay, toDay],
  );
  const points = rows.map((r) => ({
    day: r.day,
    risk: Number(r.risk),
    likelihood: Number(r.likelihood),
    level: r.level as Level,
    percentile: Number(r.percentile),
  }));
  const current = await db.get<ScoreRow>(
    'SELECT * FROM risk_scores WHERE tenant_id = ? AND identity_id = ?',
    [tenantId, identityId],
  );
  if (!current) return points;
  // Snapshots are kept when a day is over; the current score is today's point.
  const today = new Date(Number(current.computed_at)).toISOString().slice(0, 10);
  if (today < fromDay || today > toDay) return points;
  const { risk, likelihood, level, percentile } = toStoredScore(current);
  return [
    ...points.filter((p) => p.day !== today),
    { day: today, risk, likelihood, level, percentile },
  ];
}

export interface TrendPoint {
  day: string;
  identities: number;
  meanRisk: number;
  levels: Record<Level, number>;
}

/** The tenant's daily trend: precomputed for whole-tenant viewers, else from the snapshots. */
export async function trend(
  db: Queryable,
  tenantId: string,
  visibility: Visibility,
  wholeTenant: boolean,
  fromDay: string,
): Promise<TrendPoint[]> {
  if (wholeTenant) {
    const rows = await db.all<{
      day: string;
      identities: number;
      mean_risk: number;
      low: number;
      medium: number;
      high: number;
      critical: number;
    }>('SELECT * FROM risk_trend WHERE tenant_id = ? AND day >= ? ORDER BY day', [
      tenantId,
      fromDay,
    ]);
    return rows.map((r) => ({
      day: r.day,
      identities: Number(r.identities),
      meanRisk: Number(r.mean_risk),
      levels: {
        low: Number(r.low),
        medium: Number(r.medium),
        high: Number(r.high),
        critical: Number(r.critical),
      },
    }));
  }
  const visible = visibilityCondition(tenantId, visibility);
  const rows = await db.all<{
    day: string;
    n: number;
    mean: number;
    low: number;
    medium: number;
    high: number;
    critical: number;
  }>(
    `SELECT r.day, COUNT(*) AS n, AVG(r.risk) AS mean,
            SUM(CASE WHEN r.level = 'low' THEN 1 ELSE 0 END) AS low,
            SUM(CASE WHEN r.level = 'medium' THEN 1 ELSE 0 END) AS medium,
            SUM(CASE WHEN r.level = 'high' THEN 1 ELSE 0 END) AS high,
            SUM(CASE WHEN r.level = 'critical' THEN 1 ELSE 0 END) AS critical
       FROM risk_snapshots r JOIN identities i ON i.tenant_id = r.tenant_id AND i.id = r.identity_id
      WHERE r.tenant_id = ? AND r.day >= ? AND ${visible.sql}
      GROUP BY r.day ORDER BY r.day`,
    [tenantId, fromDay, ...visible.params],
  );
  return rows.map((r) => ({
    day: r.day,
    identities: Number(r.n),
    meanRisk: Number(r.mean),
    levels: {
      low: Number(r.low),
      medium: Number(r.medium),
      high: Number(r.high),
      critical: Number(r.critical),
    },
  }));
}

/** Stored states of every identity a viewer's aggregates may use (for drivers). */
export async function visibleStates(
  db: Queryable,
  tenantId: string,
  visibility: Visibility,
  kind?: 'person' | 'agent',
): Promise<StoredState[]> {
  const visible = visibilityCondition(tenantId, visibility);
  const rows = await db.all<{ state: string }>(
    `SELECT st.state FROM risk_states st JOIN identities i ON i.tenant_id = st.tenant_id AND i.id = st.identity_id
      WHERE st.tenant_id = ? AND ${visible.sql} ${kind ? 'AND i.kind = ?' : ''}`,
    [tenantId, ...visible.params, ...(kind ? [kind] : [])],
  );
  return rows.map((r) => JSON.parse(r.state) as StoredState);
}
