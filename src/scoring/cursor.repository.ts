import type { Queryable } from '../storage/db.js';

/** Where scoring of a tenant stands. */
export interface ScoringCursor {
  lastSeq: number;
  /** Bumped by every run that writes; a run commits only if it is still what it read. */
  version: number;
  /** UTC day (YYYY-MM-DD) of the last run that rescored every identity. */
  refreshedDay: string;
  directoryMarker: string;
  weightsMarker: string;
  modelVersion: string;
  scoredAt: number;
}

interface CursorRow extends Record<string, unknown> {
  last_seq: number;
  version: number;
  refreshed_day: string;
  directory_marker: string;
  weights_marker: string;
  model_version: string;
  scored_at: number;
}

export async function loadCursor(
  db: Queryable,
  tenantId: string,
): Promise<ScoringCursor | undefined> {
  const row = await db.get<CursorRow>('SELECT * FROM risk_cursors WHERE tenant_id = ?', [tenantId]);
  if (!row) return undefined;
  return {
    lastSeq: Number(row.last_seq),
    version: Number(row.version),
    refreshedDay: row.refreshed_day,
    directoryMarker: row.directory_marker,
    weightsMarker: row.weights_marker,
    modelVersion: row.model_version,
    scoredAt: Number(row.scored_at),
  };
}

/**
 * Moves the cursor if nobody else did since `expected` was read; returns false when another run
 * got there first, so that the caller's transaction can roll back and nothing is counted twice.
 */
export async function advanceCursor(
  tx: Queryable,
  tenantId: string,
  expected: ScoringCursor | undefined,
  next: Omit<ScoringCursor, 'version'>,
): Promise<boolean> {
  const values = [
    next.lastSeq,
    next.refreshedDay,
    next.directoryMarker,
    next.weightsMarker,
    next.modelVersion,
    next.scoredAt,
  ];
  if (expected === undefined) {
    const inserted = await tx.insertMany(
      'risk_cursors',
      [
        'tenant_id',
        'last_seq',
        'refreshed_day',
        'directory_marker',
        'weights_marker',
        'model_version',
        'scored_at',
        'version',
      ],
      [[tenantId, ...values, 1]],
      { onConflictDoNothing: ['tenant_id'] },
    );
    return inserted === 1;
  }
  const changed = await tx.run(
    `UPDATE risk_cursors SET last_seq = ?, refreshed_day = ?, directory_marker = ?, weights_marker = ?,
       model_version = ?, scored_at = ?, version = version + 1
     WHERE tenant_id = ? AND version = ?`,
    [...values, tenantId, expected.version],
  );
  return changed === 1;
}

/** What the directory and the catalogue look like, cheaply: a change means rescoring everyone. */
export async function directoryMarker(db: Queryable, tenantId: string): Promise<string> {
  const parts: string[] = [];
  for (const table of ['identities', 'entitlements', 'resources', 'group_members']) {
    const column = table === 'group_members' ? 'NULL' : 'MAX(updated_at)';
    const row = await db.get<{ n: number; u: number | null }>(
      `SELECT COUNT(*) AS n, ${column} AS u FROM ${table} WHERE tenant_id = ?`,
      [tenantId],
    );
    parts.push(`${Number(row?.n ?? 0)}:${row?.u ?? ''}`);
  }
  return parts.join('|');
}

export async function weightsMarker(db: Queryable, tenantId: string): Promise<string> {
  const rows = await db.all<{ type: string; weight: number }>(
    'SELECT type, weight FROM catalog_overrides WHERE tenant_id = ? ORDER BY type',
    [tenantId],
  );
  return rows.map((r) => `${r.type}=${Number(r.weight)}`).join(',');
}
