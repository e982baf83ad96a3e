import type { Level, RiskComponents } from '../risk/index.js';
import type { IdentityKind } from '../directory/identity.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import { replaceRows } from './replace-rows.js';

/** An identity as the population pass needs it. */
export interface PopulationMember extends Record<string, unknown> {
  id: string;
  kind: IdentityKind;
  email: string;
  owner_id: string | null;
}

export async function loadMembers(db: Queryable, tenantId: string): Promise<PopulationMember[]> {
  return db.all<PopulationMember>(
    'SELECT id, kind, email, owner_id FROM identities WHERE tenant_id = ? ORDER BY id',
    [tenantId],
  );
}

/** A current score as stored: the identity's own components and its place in the tenant. */
export interface StoredScore extends RiskComponents {
  identityId: string;
  kind: IdentityKind;
  ownRisk: number;
  level: Level;
  percentile: number;
  modelVersion: string;
  computedAt: number;
}

export interface ScoreRow extends Record<string, unknown> {
  identity_id: string;
  kind: string;
  risk: number;
  own_risk: number;
  likelihood: number;
  behavior: number;
  threat: number;
  access: number;
  protection: number;
  level: string;
  percentile: number;
  model_version: string;
  computed_at: number;
}

export function toStoredScore(row: ScoreRow): StoredScore {
  return {
    identityId: row.identity_id,
    kind: row.kind as IdentityKind,
    risk: Number(row.risk),
    ownRisk: Number(row.own_risk),
    likelihood: Number(row.likelihood),
    behavior: Number(row.behavior),
    threat: Number(row.threat),
    access: Number(row.access),
    protection: Number(row.protection),
    level: row.level as Level,
    percentile: Number(row.percentile),
    modelVersion: row.model_version,
    computedAt: Number(row.computed_at),
  };
}

export async function loadScores(
  db: Queryable,
  tenantId: string,
): Promise<Map<string, StoredScore>> {
  const rows = await db.all<ScoreRow>('SELECT * FROM risk_scores WHERE tenant_id = ?', [tenantId]);
  return new Map(rows.map((r) => [r.identity_id, toStoredScore(r)]));
}

export async function findScore(
  db: Queryable,
  tenantId: string,
  identityId: string,
): Promise<StoredScore | undefined> {
  const row = await db.get<ScoreRow>(
    'SELECT * FROM risk_scores WHERE tenant_id = ? AND identity_id = ?',
    [tenantId, identityId],
  );
  return row && toStoredScore(row);
}

const scoreColumns = [
  'tenant_id',
  'identity_id',
  'kind',
  'risk',
  'own_risk',
  'likelihood',
  'behavior',
  'threat',
  'access',
  'protection',
  'level',
  'percentile',
  'model_version',
  'computed_at',
];

export async function saveScores(
  tx: Queryable,
  tenantId: string,
  ids: readonly string[] | 'all',
  scores: readonly StoredScore[],
): Promise<void> {
  const rows: SqlValue[][] = scores.map((s) => [
    tenantId,
    s.identityId,
    s.kind,
    s.risk,
    s.ownRisk,
    s.likelihood,
    s.behavior,
    s.threat,
    s.access,
    s.protection,
    s.level,
    s.percentile,
    s.modelVersion,
    s.computedAt,
  ]);
  await replaceRows(tx, 'risk_scores', { tenantId, key: 'identity_id' }, ids, scoreColumns, rows);
}

/**
 * Writes only the percentile of scores that are otherwise unchanged. The column has no index, so
 * the engines can update the row in place (PostgreSQL: a heap-only update) instead of rewriting
 * every index entry as an upsert of the whole row would.
 */
export async function savePercentiles(
  tx: Queryable,
  tenantId: string,
  scores: readonly StoredScore[],
): Promise<void> {
  if (tx.dialect === 'sqlite') {
    for (const s of scores)
      await tx.run(
        'UPDATE risk_scores SET percentile = ? WHERE tenant_id = ? AND identity_id = ?',
        [s.percentile, tenantId, s.identityId],
      );
    return;
  }
  // One statement per 20,000 rows; JSON numbers parse back to the same doubles.
  for (let i = 0; i < scores.length; i += 20_000) {
    const pairs = scores.slice(i, i + 20_000).map((s) => [s.identityId, s.percentile]);
    await tx.run(
      `UPDATE risk_scores AS s SET percentile = j.p
         FROM (SELECT value->>0 AS id, (value->>1)::double precision AS p
                 FROM json_array_elements(?::json)) AS j
        WHERE s.tenant_id = ? AND s.identity_id = j.id`,
      [JSON.stringify(pairs), tenantId],
    );
  }
}

/** Removes what scoring keeps about identities that have left the directory. */
export async function dropDeparted(tx: Queryable, tenantId: string): Promise<void> {
  for (const table of ['risk_scores', 'risk_states', 'risk_access'])
    await tx.run(
      `DELETE FROM ${table} WHERE tenant_id = ? AND identity_id NOT IN (SELECT id FROM identities WHERE tenant_id = ?)`,
      [tenantId, tenantId],
    );
}
