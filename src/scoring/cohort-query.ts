import type { Visibility } from '../auth/viewer.js';
import { visibilityCondition } from '../directory/visibility.sql.js';
import type { Level } from '../risk/index.js';
import { AppError } from '../shared/errors.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import { findCohort, findCohortByName, type Cohort } from './cohort.repository.js';

export async function findCohortByKey(
  db: Queryable,
  tenantId: string,
  key: string,
): Promise<Cohort> {
  const cohort =
    (await findCohort(db, tenantId, key)) ?? (await findCohortByName(db, tenantId, key));
  if (!cohort) throw new AppError('NOT_FOUND', `no cohort ${key}`);
  return cohort;
}

export interface CohortMember {
  identityId: string;
  email: string;
  name: string | null;
  kind: string;
  risk: number;
  level: Level;
  enteredAt: number;
}

/** Current members a viewer may see, riskiest first; `after` continues from a page's last row. */
export async function cohortMembers(
  db: Queryable,
  tenantId: string,
  cohortId: string,
  visibility: Visibility,
  page: { limit?: number; after?: { risk: number; id: string } } = {},
): Promise<CohortMember[]> {
  const visible = visibilityCondition(tenantId, visibility);
  const params: SqlValue[] = [tenantId, cohortId, ...visible.params];
  let keyset = '';
  if (page.after) {
    keyset = 'AND (COALESCE(s.risk, 0) < ? OR (COALESCE(s.risk, 0) = ? AND i.id < ?))';
    params.push(page.after.risk, page.after.risk, page.after.id);
  }
  const limit = page.limit === undefined ? '' : `LIMIT ${Math.floor(page.limit)}`;
  const rows = await db.all<{
    id: string;
    email: string;
    name: string | null;
    kind: string;
    risk: number | null;
    level: string | null;
    entered_at: number;
  }>(
    `SELECT i.id, i.email, i.name, i.kind, s.risk, s.level, c.entered_at
       FROM cohort_memberships c
       JOIN identities i ON i.tenant_id = c.tenant_id AND i.id = c.identity_id
       LEFT JOIN risk_scores s ON s.tenant_id = c.tenant_id AND s.identity_id = c.identity_id
      WHERE c.tenant_id = ? AND c.cohort_id = ? AND c.left_at IS NULL AND ${visible.sql} ${keyset}
      ORDER BY COALESCE(s.risk, 0) DESC, i.id DESC ${limit}`,
    params,
  );
  return rows.map((r) => ({
    identityId: r.id,
    email: r.email,
    name: r.name,
    kind: r.kind,
    risk: Number(r.risk ?? 0),
    level: (r.level ?? 'low') as Level,
    enteredAt: Number(r.entered_at),
  }));
}

export interface MembershipEvent {
  identityId: string;
  email: string;
  enteredAt: number;
  leftAt: number | null;
}

/** Membership history a viewer may see: every stretch, most recent first. */
export async function cohortHistory(
  db: Queryable,
  tenantId: string,
  cohortId: string,
  visibility: Visibility,
  limit: number,
  before?: { at: number; id: string },
): Promise<MembershipEvent[]> {
  const visible = visibilityCondition(tenantId, visibility);
  const params: SqlValue[] = [tenantId, cohortId, ...visible.params];
  let keyset = '';
  if (before) {
    keyset = 'AND (c.entered_at < ? OR (c.entered_at = ? AND i.id < ?))';
    params.push(before.at, before.at, before.id);
  }
  const rows = await db.all<{
    id: string;
    email: string;
    entered_at: number;
    left_at: number | null;
  }>(
    `SELECT i.id, i.email, c.entered_at, c.left_at FROM cohort_memberships c
       JOIN identities i ON i.tenant_id = c.tenant_id AND i.id = c.identity_id
      WHERE c.tenant_id = ? AND c.cohort_id = ? AND ${visible.sql} ${keyset}
      ORDER BY c.entered_at DESC, i.id DESC LIMIT ${Math.floor(limit)}`,
    params,
  );
  return rows.map((r) => ({
    identityId: r.id,
    email: r.email,
    enteredAt: Number(r.entered_at),
    leftAt: r.left_at === null ? null : Number(r.left_at),
  }));
}
