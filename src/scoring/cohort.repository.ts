import type { MembershipChange } from '../risk/index.js';
import type { Queryable } from '../storage/db.js';
import { inChunks } from './replace-rows.js';

export interface Cohort {
  id: string;
  name: string;
  description: string | null;
  kind: 'dynamic' | 'static';
  /** The definition as given: `{"rule": …}` or `{"members": […]}`. */
  definition: unknown;
  builtin: boolean;
  createdAt: number;
  updatedAt: number;
  evaluatedAt: number | null;
}

interface CohortRow extends Record<string, unknown> {
  id: string;
  name: string;
  description: string | null;
  kind: string;
  definition: string;
  builtin: number;
  created_at: number;
  updated_at: number;
  evaluated_at: number | null;
}

function toCohort(r: CohortRow): Cohort {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    kind: r.kind === 'static' ? 'static' : 'dynamic',
    definition: JSON.parse(r.definition) as unknown,
    builtin: Number(r.builtin) === 1,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    evaluatedAt: r.evaluated_at === null ? null : Number(r.evaluated_at),
  };
}

export async function listCohorts(db: Queryable, tenantId: string): Promise<Cohort[]> {
  const rows = await db.all<CohortRow>(
    'SELECT * FROM cohorts WHERE tenant_id = ? ORDER BY builtin DESC, name_lc',
    [tenantId],
  );
  return rows.map(toCohort);
}

export async function findCohort(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<Cohort | undefined> {
  const row = await db.get<CohortRow>('SELECT * FROM cohorts WHERE tenant_id = ? AND id = ?', [
    tenantId,
    id,
  ]);
  return row && toCohort(row);
}

export async function findCohortByName(
  db: Queryable,
  tenantId: string,
  name: string,
): Promise<Cohort | undefined> {
  const row = await db.get<CohortRow>('SELECT * FROM cohorts WHERE tenant_id = ? AND name_lc = ?', [
    tenantId,
    name.toLowerCase(),
  ]);
  return row && toCohort(row);
}

export async function saveCohort(db: Queryable, tenantId: string, c: Cohort): Promise<void> {
  await db.run('DELETE FROM cohorts WHERE tenant_id = ? AND id = ?', [tenantId, c.id]);
  await db.insertMany(
    'cohorts',
    [
      'tenant_id',
      'id',
      'name',
      'name_lc',
      'description',
      'kind',
      'definition',
      'builtin',
      'created_at',
      'updated_at',
      'evaluated_at',
    ],
    [
      [
        tenantId,
        c.id,
        c.name,
        c.name.toLowerCase(),
        c.description,
        c.kind,
        JSON.stringify(c.definition),
        c.builtin ? 1 : 0,
        c.createdAt,
        c.updatedAt,
        c.evaluatedAt,
      ],
    ],
  );
}

export async function deleteCohort(db: Queryable, tenantId: string, id: string): Promise<void> {
  await db.run('DELETE FROM cohort_memberships WHERE tenant_id = ? AND cohort_id = ?', [
    tenantId,
    id,
  ]);
  await db.run('DELETE FROM cohorts WHERE tenant_id = ? AND id = ?', [tenantId, id]);
}

/** Identities currently in a cohort (their membership has not ended). */
export async function openMembers(
  db: Queryable,
  tenantId: string,
  cohortId: string,
): Promise<Set<string>> {
  const rows = await db.all<{ identity_id: string }>(
    'SELECT identity_id FROM cohort_memberships WHERE tenant_id = ? AND cohort_id = ? AND left_at IS NULL',
    [tenantId, cohortId],
  );
  return new Set(rows.map((r) => r.identity_id));
}

/** Joins open a membership; leaves close the open one. */
export async function recordChanges(
  tx: Queryable,
  tenantId: string,
  cohortId: string,
  changes: readonly MembershipChange[],
  at: number,
): Promise<void> {
  const joins = changes.filter((c) => c.change === 'joined');
  await tx.insertMany(
    'cohort_memberships',
    ['tenant_id', 'cohort_id', 'identity_id', 'entered_at', 'left_at'],
    joins.map((c) => [tenantId, cohortId, c.identityId, c.at, null]),
    { onConflictDoNothing: ['tenant_id', 'cohort_id', 'identity_id', 'entered_at'] },
  );
  const leaves = changes.filter((c) => c.change === 'left').map((c) => c.identityId);
  await inChunks(leaves, async (marks, chunk) => {
    await tx.run(
      `UPDATE cohort_memberships SET left_at = ? WHERE tenant_id = ? AND cohort_id = ? AND left_at IS NULL AND identity_id IN (${marks})`,
      [at, tenantId, cohortId, ...chunk],
    );
    return [];
  });
  await tx.run('UPDATE cohorts SET evaluated_at = ? WHERE tenant_id = ? AND id = ?', [
    at,
    tenantId,
    cohortId,
  ]);
}
