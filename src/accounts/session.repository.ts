import type { Queryable } from '../storage/db.js';
import type { Session, SignInMethod } from './session.js';

interface Row extends Record<string, unknown> {
  id_hash: string;
  user_id: string;
  tenant_id: string;
  method: string;
  ip: string | null;
  user_agent: string | null;
  created_at: number | string;
  last_seen_at: number | string;
  idle_ms: number | string;
  expires_at: number | string;
}

function toSession(row: Row): Session {
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    tenantId: row.tenant_id,
    method: row.method as SignInMethod,
    ip: row.ip,
    userAgent: row.user_agent,
    createdAt: Number(row.created_at),
    lastSeenAt: Number(row.last_seen_at),
    idleMs: Number(row.idle_ms),
    expiresAt: Number(row.expires_at),
  };
}

export async function insertSession(db: Queryable, s: Session): Promise<void> {
  await db.run(
    `INSERT INTO sessions (id_hash, user_id, tenant_id, method, ip, user_agent, created_at,
       last_seen_at, idle_ms, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      s.idHash,
      s.userId,
      s.tenantId,
      s.method,
      s.ip,
      s.userAgent,
      s.createdAt,
      s.lastSeenAt,
      s.idleMs,
      s.expiresAt,
    ],
  );
}

export async function findSession(db: Queryable, idHash: string): Promise<Session | undefined> {
  const row = await db.get<Row>('SELECT * FROM sessions WHERE id_hash = ?', [idHash]);
  return row && toSession(row);
}

export async function touchSession(db: Queryable, idHash: string, now: number): Promise<void> {
  await db.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [now, idHash]);
}

export async function setSessionTenant(
  db: Queryable,
  idHash: string,
  tenantId: string,
): Promise<void> {
  await db.run('UPDATE sessions SET tenant_id = ? WHERE id_hash = ?', [tenantId, idHash]);
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
}

/** Removes sessions that have ended, so the table holds only live ones. */
export async function deleteEndedSessions(db: Queryable, now: number): Promise<number> {
  return db.run('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at + idle_ms <= ?', [
    now,
    now,
  ]);
}
