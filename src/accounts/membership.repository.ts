import type { PersonRole } from '../auth/roles.js';
import type { Scope } from '../auth/viewer.js';
import type { Queryable } from '../storage/db.js';
import type { Membership } from './user.js';

interface Row extends Record<string, unknown> {
  tenant_id: string;
  user_id: string;
  role: string;
  scope: string;
  subject_id: string | null;
  created_at: number | string;
  updated_at: number | string;
}

function toMembership(row: Row): Membership {
  return {
    tenantId: row.tenant_id,
    userId: row.user_id,
    role: row.role as PersonRole,
    scope: JSON.parse(row.scope) as Scope,
    subjectId: row.subject_id,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export async function insertMembership(db: Queryable, m: Membership): Promise<void> {
  await db.run(
    `INSERT INTO memberships (tenant_id, user_id, role, scope, subject_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [m.tenantId, m.userId, m.role, JSON.stringify(m.scope), m.subjectId, m.createdAt, m.updatedAt],
  );
}

export async function updateMembership(db: Queryable, m: Membership): Promise<void> {
  await db.run(
    `UPDATE memberships SET role = ?, scope = ?, subject_id = ?, updated_at = ?
     WHERE tenant_id = ? AND user_id = ?`,
    [m.role, JSON.stringify(m.scope), m.subjectId, m.updatedAt, m.tenantId, m.userId],
  );
}

export async function deleteMembership(
  db: Queryable,
  tenantId: string,
  userId: string,
): Promise<boolean> {
  const changed = await db.run('DELETE FROM memberships WHERE tenant_id = ? AND user_id = ?', [
    tenantId,
    userId,
  ]);
  return changed > 0;
}

export async function findMembership(
  db: Queryable,
  tenantId: string,
  userId: string,
): Promise<Membership | undefined> {
  const row = await db.get<Row>('SELECT * FROM memberships WHERE tenant_id = ? AND user_id = ?', [
    tenantId,
    userId,
  ]);
  return row && toMembership(row);
}

/** A membership with its tenant's slug and name, for the tenant switcher. */
export interface TenantMembership extends Membership {
  tenantSlug: string;
  tenantName: string;
}

export async function listMembershipsOfUser(
  db: Queryable,
  userId: string,
): Promise<TenantMembership[]> {
  const rows = await db.all<Row & { slug: string; name: string }>(
    `SELECT m.*, t.slug, t.name FROM memberships m JOIN tenants t ON t.id = m.tenant_id
     WHERE m.user_id = ? ORDER BY t.slug`,
    [userId],
  );
  return rows.map((r) => ({ ...toMembership(r), tenantSlug: r.slug, tenantName: r.name }));
}

/** A member of a tenant with the user's email and name, for the Settings page. */
export interface Member extends Membership {
  email: string;
  name: string | null;
  hasPassword: boolean;
  totpEnabled: boolean;
}

export async function listMembers(
  db: Queryable,
  tenantId: string,
  page: { afterEmail?: string; limit: number },
): Promise<Member[]> {
  const rows = await db.all<
    Row & { email: string; email_lc: string; name: string | null; pw: number; totp: number }
  >(
    `SELECT m.*, u.email, u.email_lc, u.name,
            CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS pw,
            CASE WHEN u.totp_secret IS NULL AND u.totp_secret_sealed IS NULL THEN 0 ELSE 1 END AS totp
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.tenant_id = ? AND u.email_lc > ? ORDER BY u.email_lc LIMIT ?`,
    [tenantId, page.afterEmail ?? '', page.limit],
  );
  return rows.map((r) => ({
    ...toMembership(r),
    email: r.email,
    name: r.name,
    hasPassword: Number(r.pw) === 1,
    totpEnabled: Number(r.totp) === 1,
  }));
}

export async function findMember(
  db: Queryable,
  tenantId: string,
  userId: string,
): Promise<Member | undefined> {
  const rows = await db.all<Row & { email: string; name: string | null; pw: number; totp: number }>(
    `SELECT m.*, u.email, u.name,
            CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS pw,
            CASE WHEN u.totp_secret IS NULL AND u.totp_secret_sealed IS NULL THEN 0 ELSE 1 END AS totp
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.tenant_id = ? AND m.user_id = ?`,
    [tenantId, userId],
  );
  const r = rows[0];
  return (
    r && {
      ...toMembership(r),
      email: r.email,
      name: r.name,
      hasPassword: Number(r.pw) === 1,
      totpEnabled: Number(r.totp) === 1,
    }
  );
}
