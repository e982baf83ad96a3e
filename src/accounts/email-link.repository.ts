import type { Queryable } from '../storage/db.js';

export interface EmailLink {
  tokenHash: string;
  tenantId: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

export async function insertEmailLink(db: Queryable, link: EmailLink): Promise<void> {
  await db.run(
    `INSERT INTO email_links (token_hash, tenant_id, user_id, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
    [link.tokenHash, link.tenantId, link.userId, link.createdAt, link.expiresAt],
  );
}

/**
 * Marks a live, unused link as used and returns it. The UPDATE is the claim: of two requests
 * racing with the same link, only one changes the row.
 */
export async function claimEmailLink(
  db: Queryable,
  tokenHash: string,
  now: number,
): Promise<EmailLink | undefined> {
  const changed = await db.run(
    `UPDATE email_links SET used_at = ?
     WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`,
    [now, tokenHash, now],
  );
  if (changed === 0) return undefined;
  const row = await db.get<{
    token_hash: string;
    tenant_id: string;
    user_id: string;
    created_at: number | string;
    expires_at: number | string;
  }>('SELECT * FROM email_links WHERE token_hash = ?', [tokenHash]);
  return (
    row && {
      tokenHash: row.token_hash,
      tenantId: row.tenant_id,
      userId: row.user_id,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
    }
  );
}

export async function deleteExpiredLinks(db: Queryable, now: number): Promise<void> {
  await db.run('DELETE FROM email_links WHERE expires_at <= ?', [now]);
}
