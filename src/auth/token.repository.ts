import type { Queryable } from '../storage/db.js';
import type { Role } from './roles.js';
import type { Scope } from './viewer.js';

/** What is stored about a token; never the token itself. */
export interface ApiToken {
  tenantId: string;
  id: string;
  name: string;
  role: Role;
  subjectId: string | null;
  scope: Scope;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

interface Row extends Record<string, unknown> {
  tenant_id: string;
  id: string;
  name: string;
  role: string;
  scope: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

interface StoredScope extends Scope {
  subjectId?: string | null;
}

function toToken(row: Row): ApiToken {
  const { subjectId, ...scope } = JSON.parse(row.scope) as StoredScope;
  return {
    tenantId: row.tenant_id,
    id: row.id,
    name: row.name,
    role: row.role as Role,
    subjectId: subjectId ?? null,
    scope,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function insertToken(db: Queryable, token: ApiToken, hash: string): Promise<void> {
  await db.run(
    `INSERT INTO api_tokens (tenant_id, id, name, role, scope, token_hash, prefix, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      token.tenantId,
      token.id,
      token.name,
      token.role,
      JSON.stringify({ ...token.scope, subjectId: token.subjectId }),
      hash,
      token.prefix,
      token.createdAt,
    ],
  );
}

export async function findTokenByHash(db: Queryable, hash: string): Promise<ApiToken | undefined> {
  const row = await db.get<Row>('SELECT * FROM api_tokens WHERE token_hash = ?', [hash]);
  return row && toToken(row);
}

export async function listTokens(db: Queryable, tenantId: string): Promise<ApiToken[]> {
  const rows = await db.all<Row>(
    'SELECT * FROM api_tokens WHERE tenant_id = ? ORDER BY created_at, id',
    [tenantId],
  );
  return rows.map(toToken);
}

export async function revokeToken(
  db: Queryable,
  tenantId: string,
  id: string,
  now: number,
): Promise<boolean> {
  const changed = await db.run(
    'UPDATE api_tokens SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL',
    [now, tenantId, id],
  );
  return changed > 0;
}

export async function touchToken(
  db: Queryable,
  tenantId: string,
  id: string,
  now: number,
): Promise<void> {
  await db.run('UPDATE api_tokens SET last_used_at = ? WHERE tenant_id = ? AND id = ?', [
    now,
    tenantId,
    id,
  ]);
}
