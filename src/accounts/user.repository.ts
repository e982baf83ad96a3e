import type { Queryable } from '../storage/db.js';
import type { StoredSecret } from './stored-secret.js';
import { columnsOf, storedSecret } from './stored-secret.js';
import type { User } from './user.js';

interface Row extends Record<string, unknown> {
  id: string;
  email: string;
  name: string | null;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_secret_sealed: string | null;
  totp_pending_sealed: string | null;
  totp_last_step: number | string | null;
  disabled_at: number | string | null;
  created_at: number | string;
  updated_at: number | string;
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

function toUser(row: Row): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    totpSecret: storedSecret(row.totp_secret_sealed, row.totp_secret),
    totpPendingSecret: storedSecret(row.totp_pending_sealed, row.totp_pending_secret),
    totpLastStep: num(row.totp_last_step),
    disabledAt: num(row.disabled_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export async function insertUser(db: Queryable, user: User): Promise<void> {
  await db.run(
    `INSERT INTO users (id, email, email_lc, name, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      user.id,
      user.email,
      user.email.toLowerCase(),
      user.name,
      user.passwordHash,
      user.createdAt,
      user.updatedAt,
    ],
  );
}

export async function findUserById(db: Queryable, id: string): Promise<User | undefined> {
  const row = await db.get<Row>('SELECT * FROM users WHERE id = ?', [id]);
  return row && toUser(row);
}

export async function findUserByEmail(db: Queryable, email: string): Promise<User | undefined> {
  const row = await db.get<Row>('SELECT * FROM users WHERE email_lc = ?', [email.toLowerCase()]);
  return row && toUser(row);
}

export async function setPasswordHash(
  db: Queryable,
  id: string,
  hash: string,
  now: number,
): Promise<void> {
  await db.run('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?', [hash, now, id]);
}

/** Stores the secret being enrolled, the active one, or clears both (`null, null`). */
export async function setTotp(
  db: Queryable,
  id: string,
  totp: { secret: StoredSecret | null; pending: StoredSecret | null; lastStep: number | null },
  now: number,
): Promise<void> {
  const secret = columnsOf(totp.secret);
  const pending = columnsOf(totp.pending);
  await db.run(
    `UPDATE users SET totp_secret_sealed = ?, totp_secret = ?, totp_pending_sealed = ?,
       totp_pending_secret = ?, totp_last_step = ?, updated_at = ?
     WHERE id = ?`,
    [secret.sealed, secret.plain, pending.sealed, pending.plain, totp.lastStep, now, id],
  );
}

/**
 * Records the step of a code just accepted, only if it is later than the last one: of two
 * requests racing with the same code, one wins.
 */
export async function claimTotpStep(db: Queryable, id: string, step: number): Promise<boolean> {
  const changed = await db.run(
    `UPDATE users SET totp_last_step = ?
     WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)`,
    [step, id, step],
  );
  return changed > 0;
}
