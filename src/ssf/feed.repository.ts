import type { Level } from '../risk/index.js';
import type { Queryable } from '../storage/db.js';
import type { CaepLevel } from './ssf.js';
import { eventTenant } from '../events/event-tenant.js';

/** An identity whose CAEP level is not the one a stream was last told (never told: LOW). */
export interface LevelDifference {
  identityId: string;
  email: string;
  level: Level;
  told: CaepLevel | null;
  risk: number;
  behavior: number;
  threat: number;
  access: number;
  computedAt: number;
}

const CAEP_OF_LEVEL = `CASE s.level WHEN 'critical' THEN 'HIGH' WHEN 'high' THEN 'HIGH'
  WHEN 'medium' THEN 'MEDIUM' ELSE 'LOW' END`;

/** Scored identities whose CAEP level differs from what the stream was told, by id after `after`. */
export async function levelDifferences(
  db: Queryable,
  tenantId: string,
  streamId: string,
  after: string,
  limit: number,
): Promise<LevelDifference[]> {
  const rows = await db.all<{
    identity_id: string;
    email: string;
    level: string;
    told: string | null;
    risk: number | string;
    behavior: number | string;
    threat: number | string;
    access: number | string;
    computed_at: number | string;
  }>(
    `SELECT s.identity_id, i.email, s.level, t.level AS told, s.risk, s.behavior, s.threat,
            s.access, s.computed_at
       FROM risk_scores s
       JOIN identities i ON i.tenant_id = s.tenant_id AND i.id = s.identity_id
       LEFT JOIN ssf_stream_levels t ON t.tenant_id = s.tenant_id AND t.stream_id = ?
        AND t.identity_id = s.identity_id
      WHERE s.tenant_id = ? AND s.identity_id > ?
        AND ${CAEP_OF_LEVEL} <> COALESCE(t.level, 'LOW')
      ORDER BY s.identity_id LIMIT ?`,
    [streamId, tenantId, after, limit],
  );
  return rows.map((r) => ({
    identityId: r.identity_id,
    email: r.email,
    level: r.level as Level,
    told: r.told as CaepLevel | null,
    risk: Number(r.risk),
    behavior: Number(r.behavior),
    threat: Number(r.threat),
    access: Number(r.access),
    computedAt: Number(r.computed_at),
  }));
}

export async function recordTold(
  tx: Queryable,
  tenantId: string,
  streamId: string,
  identityId: string,
  level: CaepLevel,
  now: number,
): Promise<void> {
  await tx.run(
    `INSERT INTO ssf_stream_levels (tenant_id, stream_id, identity_id, level, changed_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, stream_id, identity_id)
     DO UPDATE SET level = excluded.level, changed_at = excluded.changed_at`,
    [tenantId, streamId, identityId, level, now],
  );
}

/** Forgets what a stream was told about identities that are no longer scored (erased, left). */
export async function forgetUnscored(
  tx: Queryable,
  tenantId: string,
  streamId: string,
): Promise<number> {
  return tx.run(
    `DELETE FROM ssf_stream_levels WHERE tenant_id = ? AND stream_id = ?
        AND NOT EXISTS (SELECT 1 FROM risk_scores s
                         WHERE s.tenant_id = ssf_stream_levels.tenant_id
                           AND s.identity_id = ssf_stream_levels.identity_id)`,
    [tenantId, streamId],
  );
}

/** When the tenant's scores were last written, or 0 before the first scoring run. */
export async function scoredAt(db: Queryable, tenantId: string): Promise<number> {
  const row = await db.get<{ scored_at: number | string }>(
    'SELECT scored_at FROM risk_cursors WHERE tenant_id = ?',
    [tenantId],
  );
  return row ? Number(row.scored_at) : 0;
}

/** The newest event sequence number of a tenant (events still committing may sit below it). */

/** The behaviour that says an account was taken over (an incident in the catalogue). */
export const ACCOUNT_COMPROMISED = 'auth.account_compromised';

export interface CompromiseEvent {
  seq: number;
  source: string;
  eventId: string;
  time: number;
  identityId: string;
  email: string;
}

/** Account takeover events linked to an identity, with `after < seq <= upto`, in order. */
export async function compromiseEvents(
  db: Queryable,
  tenantId: string,
  after: number,
  upto: number,
  limit: number,
): Promise<CompromiseEvent[]> {
  const rows = await db.all<{
    seq: number | string;
    source: string;
    event_id: string;
    time: number | string;
    identity_id: string;
    email: string;
  }>(
    `SELECT e.seq, e.source, e.event_id, e.time, e.identity_id, i.email
       FROM events e JOIN identities i ON i.tenant_id = ? AND i.id = e.identity_id
      WHERE ${eventTenant('e')} AND e.seq > ? AND e.seq <= ? AND e.type = ?
      ORDER BY e.seq LIMIT ?`,
    [tenantId, tenantId, after, upto, ACCOUNT_COMPROMISED, limit],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    source: r.source,
    eventId: r.event_id,
    time: Number(r.time),
    identityId: r.identity_id,
    email: r.email,
  }));
}
