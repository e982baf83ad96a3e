import type { PersonRole } from '../auth/roles.js';
import type { Queryable } from '../storage/db.js';
import type { StoredSecret } from './stored-secret.js';
import { columnsOf, storedSecret } from './stored-secret.js';

/** A tenant's OpenID Connect provider. The client secret is sealed and never presented back. */
export interface OidcConfig {
  tenantId: string;
  issuer: string;
  clientId: string;
  clientSecret: StoredSecret | null;
  /** Role given to a verified email with no membership yet; null: such people are refused. */
  defaultRole: PersonRole | null;
  enabled: boolean;
  updatedAt: number;
}

interface Row extends Record<string, unknown> {
  tenant_id: string;
  issuer: string;
  client_id: string;
  client_secret: string | null;
  client_secret_sealed: string | null;
  default_role: string | null;
  enabled: number | string;
  updated_at: number | string;
}

export async function findOidcConfig(
  db: Queryable,
  tenantId: string,
): Promise<OidcConfig | undefined> {
  const row = await db.get<Row>('SELECT * FROM oidc_configs WHERE tenant_id = ?', [tenantId]);
  return (
    row && {
      tenantId: row.tenant_id,
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecret: storedSecret(row.client_secret_sealed, row.client_secret),
      defaultRole: row.default_role as PersonRole | null,
      enabled: Number(row.enabled) === 1,
      updatedAt: Number(row.updated_at),
    }
  );
}

export async function saveOidcConfig(db: Queryable, c: OidcConfig): Promise<void> {
  const secret = columnsOf(c.clientSecret);
  await db.run(
    `INSERT INTO oidc_configs (tenant_id, issuer, client_id, client_secret, client_secret_sealed,
       default_role, enabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id) DO UPDATE SET issuer = excluded.issuer,
       client_id = excluded.client_id, client_secret = excluded.client_secret,
       client_secret_sealed = excluded.client_secret_sealed,
       default_role = excluded.default_role, enabled = excluded.enabled,
       updated_at = excluded.updated_at`,
    [
      c.tenantId,
      c.issuer,
      c.clientId,
      secret.plain,
      secret.sealed,
      c.defaultRole,
      c.enabled ? 1 : 0,
      c.updatedAt,
      c.updatedAt,
    ],
  );
}

export async function deleteOidcConfig(db: Queryable, tenantId: string): Promise<boolean> {
  return (await db.run('DELETE FROM oidc_configs WHERE tenant_id = ?', [tenantId])) > 0;
}

/** A sign-in in progress: what the callback must find again. */
export interface OidcFlow {
  idHash: string;
  tenantId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

export async function insertOidcFlow(db: Queryable, f: OidcFlow, now: number): Promise<void> {
  await db.run('DELETE FROM oidc_flows WHERE expires_at <= ?', [now]);
  await db.run(
    `INSERT INTO oidc_flows (id_hash, tenant_id, state, nonce, code_verifier, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [f.idHash, f.tenantId, f.state, f.nonce, f.codeVerifier, now, f.expiresAt],
  );
}

/** Removes and returns a flow: each can be finished once. */
export async function takeOidcFlow(db: Queryable, idHash: string): Promise<OidcFlow | undefined> {
  const row = await db.get<{
    id_hash: string;
    tenant_id: string;
    state: string;
    nonce: string;
    code_verifier: string;
    expires_at: number | string;
  }>('SELECT * FROM oidc_flows WHERE id_hash = ?', [idHash]);
  if (!row || (await db.run('DELETE FROM oidc_flows WHERE id_hash = ?', [idHash])) === 0)
    return undefined;
  return {
    idHash: row.id_hash,
    tenantId: row.tenant_id,
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    expiresAt: Number(row.expires_at),
  };
}
