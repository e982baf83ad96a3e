import type { Queryable } from '../storage/db.js';
import type { Stream, StreamStatus } from './ssf.js';

interface StreamRow extends Record<string, unknown> {
  tenant_id: string;
  id: string;
  aud: string;
  events_requested: string;
  delivery_method: string;
  endpoint_url: string;
  authorization_sealed: string | null;
  description: string | null;
  status: string;
  status_reason: string | null;
  created_by: string;
  fed_scored_at: number | string;
  incident_cursor: number | string;
  verified_at: number | string | null;
  created_at: number | string;
  updated_at: number | string;
}

function toStream(r: StreamRow): Stream {
  return {
    tenantId: r.tenant_id,
    id: r.id,
    aud: r.aud,
    eventsRequested: JSON.parse(r.events_requested) as string[],
    deliveryMethod: r.delivery_method,
    endpointUrl: r.endpoint_url,
    authorizationSealed: r.authorization_sealed,
    description: r.description,
    status: r.status as StreamStatus,
    statusReason: r.status_reason,
    createdBy: r.created_by,
    fedScoredAt: Number(r.fed_scored_at),
    incidentCursor: Number(r.incident_cursor),
    verifiedAt: r.verified_at === null ? null : Number(r.verified_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

export async function insertStream(db: Queryable, s: Stream): Promise<void> {
  await db.run(
    `INSERT INTO ssf_streams (tenant_id, id, aud, events_requested, delivery_method, endpoint_url,
       authorization_sealed, description, status, status_reason, created_by, fed_scored_at,
       incident_cursor, verified_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      s.tenantId,
      s.id,
      s.aud,
      JSON.stringify(s.eventsRequested),
      s.deliveryMethod,
      s.endpointUrl,
      s.authorizationSealed,
      s.description,
      s.status,
      s.statusReason,
      s.createdBy,
      s.fedScoredAt,
      s.incidentCursor,
      s.verifiedAt,
      s.createdAt,
      s.updatedAt,
    ],
  );
}

/**
 * Writes what a receiver or the transmitter may change after creation; the feed's cursors are
 * moved only by `markFed`, so a change racing a feed pass never moves them back.
 */
export async function updateStream(db: Queryable, s: Stream): Promise<void> {
  await db.run(
    `UPDATE ssf_streams SET events_requested = ?, delivery_method = ?, endpoint_url = ?,
       authorization_sealed = ?, description = ?, status = ?, status_reason = ?,
       verified_at = ?, updated_at = ?
     WHERE tenant_id = ? AND id = ?`,
    [
      JSON.stringify(s.eventsRequested),
      s.deliveryMethod,
      s.endpointUrl,
      s.authorizationSealed,
      s.description,
      s.status,
      s.statusReason,
      s.verifiedAt,
      s.updatedAt,
      s.tenantId,
      s.id,
    ],
  );
}

export async function findStream(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<Stream | undefined> {
  const row = await db.get<StreamRow>('SELECT * FROM ssf_streams WHERE tenant_id = ? AND id = ?', [
    tenantId,
    id,
  ]);
  return row && toStream(row);
}

/** A tenant's streams, oldest first; only those `createdBy` made when it is given. */
export async function listStreams(
  db: Queryable,
  tenantId: string,
  createdBy?: string,
): Promise<Stream[]> {
  const rows = createdBy
    ? await db.all<StreamRow>(
        'SELECT * FROM ssf_streams WHERE tenant_id = ? AND created_by = ? ORDER BY created_at, id',
        [tenantId, createdBy],
      )
    : await db.all<StreamRow>(
        'SELECT * FROM ssf_streams WHERE tenant_id = ? ORDER BY created_at, id',
        [tenantId],
      );
  return rows.map(toStream);
}

/** Streams that are not disabled (of one tenant, or all): what the feed keeps up to date. */
export async function liveStreams(db: Queryable, tenantId?: string): Promise<Stream[]> {
  const rows = tenantId
    ? await db.all<StreamRow>(
        `SELECT * FROM ssf_streams WHERE tenant_id = ? AND status <> 'disabled'
          ORDER BY created_at, id`,
        [tenantId],
      )
    : await db.all<StreamRow>(
        `SELECT * FROM ssf_streams WHERE status <> 'disabled' ORDER BY tenant_id, created_at, id`,
      );
  return rows.map(toStream);
}

export async function deleteStream(db: Queryable, tenantId: string, id: string): Promise<void> {
  for (const table of ['ssf_stream_subjects', 'ssf_stream_levels'])
    await db.run(`DELETE FROM ${table} WHERE tenant_id = ? AND stream_id = ?`, [tenantId, id]);
  await db.run('DELETE FROM ssf_streams WHERE tenant_id = ? AND id = ?', [tenantId, id]);
}

export async function markFed(
  db: Queryable,
  tenantId: string,
  id: string,
  fed: { scoredAt?: number; incidentCursor?: number },
): Promise<void> {
  if (fed.scoredAt !== undefined)
    await db.run('UPDATE ssf_streams SET fed_scored_at = ? WHERE tenant_id = ? AND id = ?', [
      fed.scoredAt,
      tenantId,
      id,
    ]);
  if (fed.incidentCursor !== undefined)
    await db.run('UPDATE ssf_streams SET incident_cursor = ? WHERE tenant_id = ? AND id = ?', [
      fed.incidentCursor,
      tenantId,
      id,
    ]);
}

/** Remembers that a receiver removed a subject from a stream. */
export async function excludeSubject(
  db: Queryable,
  tenantId: string,
  streamId: string,
  key: string,
  subject: unknown,
  now: number,
): Promise<void> {
  await db.run(
    `INSERT INTO ssf_stream_subjects (tenant_id, stream_id, subject_key, subject, removed_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, stream_id, subject_key) DO NOTHING`,
    [tenantId, streamId, key, JSON.stringify(subject), now],
  );
}

/** Takes a removed subject back into the stream; returns whether it had been removed. */
export async function includeSubject(
  db: Queryable,
  tenantId: string,
  streamId: string,
  key: string,
): Promise<boolean> {
  const changed = await db.run(
    'DELETE FROM ssf_stream_subjects WHERE tenant_id = ? AND stream_id = ? AND subject_key = ?',
    [tenantId, streamId, key],
  );
  return changed > 0;
}

export async function excludedSubjects(
  db: Queryable,
  tenantId: string,
  streamId: string,
): Promise<unknown[]> {
  const rows = await db.all<{ subject: string }>(
    'SELECT subject FROM ssf_stream_subjects WHERE tenant_id = ? AND stream_id = ? ORDER BY subject_key',
    [tenantId, streamId],
  );
  return rows.map((r) => JSON.parse(r.subject) as unknown);
}
