import type { Visibility } from '../auth/viewer.js';
import { aggregate, type Aggregation, type Dimension } from '../risk/index.js';
import type { Queryable } from '../storage/db.js';
import { inChunks } from './replace-rows.js';
import { cachedPopulation } from './population-cache.js';

export interface LabelledAggregation extends Aggregation {
  labels: Map<string, string>;
}

/**
 * Groups the viewer's visible population by a dimension and ranks the groups by the lower
 * confidence bound of their mean (src/risk/groups.ts); groups below the minimum size are listed
 * as hidden, without figures. Managers, business units and cohorts are labelled by name.
 */
export async function aggregateRisk(
  db: Queryable,
  tenantId: string,
  visibility: Visibility,
  dimension: Dimension,
  minGroupSize: number,
  kind?: 'person' | 'agent',
): Promise<LabelledAggregation> {
  const rows = await cachedPopulation(db, tenantId, visibility, kind);
  const cohortsOf =
    dimension === 'cohort' ? await openCohorts(db, tenantId) : new Map<string, string[]>();
  const members = rows.map((r) => ({ ...r, cohorts: cohortsOf.get(r.identityId) ?? [] }));
  const result = aggregate(members, dimension, { minGroupSize });
  const keys = [...result.groups.map((g) => g.key), ...result.hidden];
  return { ...result, labels: await labelsOf(db, tenantId, dimension, keys) };
}

async function openCohorts(db: Queryable, tenantId: string): Promise<Map<string, string[]>> {
  const rows = await db.all<{ identity_id: string; cohort_id: string }>(
    'SELECT identity_id, cohort_id FROM cohort_memberships WHERE tenant_id = ? AND left_at IS NULL',
    [tenantId],
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.identity_id, [...(out.get(r.identity_id) ?? []), r.cohort_id]);
  return out;
}

async function labelsOf(
  db: Queryable,
  tenantId: string,
  dimension: Dimension,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const table =
    dimension === 'manager'
      ? { sql: 'SELECT id, COALESCE(name, email) AS label FROM identities', key: 'id' }
      : dimension === 'businessUnit'
        ? { sql: 'SELECT id, name AS label FROM business_units', key: 'id' }
        : dimension === 'cohort'
          ? { sql: 'SELECT id, name AS label FROM cohorts', key: 'id' }
          : undefined;
  if (!table) return new Map(keys.map((k) => [k, k === 'tenant' ? 'Whole organisation' : k]));
  const rows = await inChunks(keys, (marks, chunk) =>
    db.all<{ id: string; label: string }>(
      `${table.sql} WHERE tenant_id = ? AND ${table.key} IN (${marks})`,
      [tenantId, ...chunk],
    ),
  );
  return new Map(rows.map((r) => [r.id, r.label]));
}
