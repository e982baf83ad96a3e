import type { IdentityKind } from '../directory/identity.js';
import type { Level } from '../risk/index.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import type { ChangeIdentity } from './destination.js';
import { EVENT_TENANT } from '../events/event-tenant.js';

/** An identity whose current level differs from what a destination was last told. */
export interface LevelDifference {
  identityId: string;
  /** Null when the identity is no longer scored (it left the directory). */
  level: Level | null;
  told: Level | null;
  /** Whether the told level met the destination's minimum when it was told. */
  toldMeets: boolean;
}

/**
 * Identities of the given kinds whose current level is not the one the destination was told, or
 * whose meeting the minimum (`meeting`: the levels that do) differs from what was told; then
 * identities it was told about that are no longer scored. At most `limit`, by id.
 */
export async function levelDifferences(
  db: Queryable,
  tenantId: string,
  destinationId: string,
  scope: { kinds: readonly IdentityKind[]; meeting: readonly Level[] },
  limit: number,
): Promise<LevelDifference[]> {
  const kinds = scope.kinds.map(() => '?').join(', ');
  const meets = scope.meeting.length
    ? `CASE WHEN s.level IN (${scope.meeting.map(() => '?').join(', ')}) THEN 1 ELSE 0 END`
    : '0';
  const changed = await db.all<{
    identity_id: string;
    level: string;
    told: string | null;
    told_meets: number | null;
  }>(
    `SELECT s.identity_id, s.level, d.level AS told, d.meets_minimum AS told_meets
       FROM risk_scores s
       LEFT JOIN destination_levels d ON d.tenant_id = s.tenant_id AND d.destination_id = ?
        AND d.identity_id = s.identity_id
      WHERE s.tenant_id = ? AND s.kind IN (${kinds})
        AND (d.level IS NULL OR d.level <> s.level OR d.meets_minimum <> ${meets})
      ORDER BY s.identity_id LIMIT ?`,
    [destinationId, tenantId, ...scope.kinds, ...scope.meeting, limit],
  );
  const out: LevelDifference[] = changed.map((r) => ({
    identityId: r.identity_id,
    level: r.level as Level,
    told: r.told as Level | null,
    toldMeets: Number(r.told_meets ?? 0) === 1,
  }));
  if (out.length >= limit) return out;
  const gone = await db.all<{ identity_id: string; level: string; meets_minimum: number }>(
    `SELECT d.identity_id, d.level, d.meets_minimum FROM destination_levels d
       LEFT JOIN risk_scores s ON s.tenant_id = d.tenant_id AND s.identity_id = d.identity_id
        AND s.kind IN (${kinds})
      WHERE d.tenant_id = ? AND d.destination_id = ? AND s.identity_id IS NULL
      ORDER BY d.identity_id LIMIT ?`,
    [...scope.kinds, tenantId, destinationId, limit - out.length],
  );
  for (const r of gone)
    out.push({
      identityId: r.identity_id,
      level: null,
      told: r.level as Level,
      toldMeets: Number(r.meets_minimum) === 1,
    });
  return out;
}

/** Records the levels a destination has now been told (null: forget the identity). */
export async function recordTold(
  tx: Queryable,
  tenantId: string,
  destinationId: string,
  told: readonly { identityId: string; level: Level | null; meets: boolean }[],
  now: number,
): Promise<void> {
  for (const t of told) {
    if (t.level === null) {
      await tx.run(
        'DELETE FROM destination_levels WHERE tenant_id = ? AND destination_id = ? AND identity_id = ?',
        [tenantId, destinationId, t.identityId],
      );
      continue;
    }
    await tx.run(
      `INSERT INTO destination_levels
         (tenant_id, destination_id, identity_id, level, meets_minimum, changed_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, destination_id, identity_id) DO UPDATE SET level = excluded.level,
         meets_minimum = excluded.meets_minimum, changed_at = excluded.changed_at`,
      [tenantId, destinationId, t.identityId, t.level, t.meets ? 1 : 0, now],
    );
  }
}

/** When the tenant's scores were last written, or 0 before the first scoring run. */
export async function scoredAt(db: Queryable, tenantId: string): Promise<number> {
  const row = await db.get<{ scored_at: number | string }>(
    'SELECT scored_at FROM risk_cursors WHERE tenant_id = ?',
    [tenantId],
  );
  return row ? Number(row.scored_at) : 0;
}

/** The names each identity is known by elsewhere, for receivers that need their own ids. */
export async function changeIdentities(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, ChangeIdentity>> {
  const out = new Map<string, ChangeIdentity>();
  if (ids.length === 0) return out;
  const marks = ids.map(() => '?').join(', ');
  const params: SqlValue[] = [tenantId, ...ids];
  const rows = await db.all<{
    id: string;
    kind: string;
    email: string;
    name: string | null;
    user_name: string | null;
    department: string | null;
  }>(
    `SELECT id, kind, email, name, user_name, department FROM identities
      WHERE tenant_id = ? AND id IN (${marks})`,
    params,
  );
  for (const r of rows)
    out.set(r.id, {
      id: r.id,
      kind: r.kind as IdentityKind,
      email: r.email,
      name: r.name,
      userName: r.user_name,
      department: r.department,
      entraId: null,
      upns: [],
    });
  const aliases = await db.all<{ identity_id: string; alias_lc: string; kind: string }>(
    `SELECT identity_id, alias_lc, kind FROM identity_aliases
      WHERE tenant_id = ? AND identity_id IN (${marks}) AND kind IN ('entra_id', 'upn')
      ORDER BY alias_lc`,
    params,
  );
  for (const a of aliases) {
    const identity = out.get(a.identity_id);
    if (!identity) continue;
    if (a.kind === 'entra_id') identity.entraId ??= a.alias_lc;
    else identity.upns.push(a.alias_lc);
  }
  return out;
}

/** Incident events that confirm an account takeover, linked to an identity, after `afterSeq`. */
export async function compromiseEvents(
  db: Queryable,
  tenantId: string,
  afterSeq: number,
  limit: number,
): Promise<
  { seq: number; source: string; id: string; type: string; time: number; identityId: string }[]
> {
  const rows = await db.all<{
    seq: number | string;
    source: string;
    event_id: string;
    type: string;
    time: number | string;
    identity_id: string;
  }>(
    `SELECT seq, source, event_id, type, time, identity_id FROM events
      WHERE ${EVENT_TENANT} AND type = ? AND identity_id IS NOT NULL AND seq > ?
      ORDER BY seq LIMIT ?`,
    [tenantId, COMPROMISED_TYPE, afterSeq, limit],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    source: r.source,
    id: r.event_id,
    type: r.type,
    time: Number(r.time),
    identityId: r.identity_id,
  }));
}

/** The behaviour that says an account was taken over (catalogue: an incident). */
export const COMPROMISED_TYPE = 'auth.account_compromised';
