import type { PersonRole } from '../auth/roles.js';
import type { Queryable } from '../storage/db.js';

/** A tenant's SAML 2.0 identity provider. */
export interface SamlConfig {
  tenantId: string;
  /** The IdP's entity id: the Issuer its assertions must carry. */
  idpEntityId: string;
  /** Where AuthnRequests are sent (HTTP-Redirect binding). */
  ssoUrl: string;
  /** PEM certificates whose keys may sign responses; several while the IdP rolls its key. */
  certificates: string[];
  /** The attribute holding the email; null: the NameID is the email. */
  emailAttribute: string | null;
  /** Role given to an email with no membership yet; null: such people are refused. */
  defaultRole: PersonRole | null;
  enabled: boolean;
  updatedAt: number;
}

interface ConfigRow extends Record<string, unknown> {
  tenant_id: string;
  idp_entity_id: string;
  sso_url: string;
  certificates: string;
  email_attribute: string | null;
  default_role: string | null;
  enabled: number | string;
  updated_at: number | string;
}

export async function findSamlConfig(
  db: Queryable,
  tenantId: string,
): Promise<SamlConfig | undefined> {
  const row = await db.get<ConfigRow>('SELECT * FROM saml_configs WHERE tenant_id = ?', [tenantId]);
  return (
    row && {
      tenantId: row.tenant_id,
      idpEntityId: row.idp_entity_id,
      ssoUrl: row.sso_url,
      certificates: JSON.parse(row.certificates) as string[],
      emailAttribute: row.email_attribute,
      defaultRole: row.default_role as PersonRole | null,
      enabled: Number(row.enabled) === 1,
      updatedAt: Number(row.updated_at),
    }
  );
}

export async function saveSamlConfig(db: Queryable, c: SamlConfig): Promise<void> {
  await db.run(
    `INSERT INTO saml_configs (tenant_id, idp_entity_id, sso_url, certificates, email_attribute,
       default_role, enabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id) DO UPDATE SET idp_entity_id = excluded.idp_entity_id,
       sso_url = excluded.sso_url, certificates = excluded.certificates,
       email_attribute = excluded.email_attribute, default_role = excluded.default_role,
       enabled = excluded.enabled, updated_at = excluded.updated_at`,
    [
      c.tenantId,
      c.idpEntityId,
      c.ssoUrl,
      JSON.stringify(c.certificates),
      c.emailAttribute,
      c.defaultRole,
      c.enabled ? 1 : 0,
      c.updatedAt,
      c.updatedAt,
    ],
  );
}

export async function deleteSamlConfig(db: Queryable, tenantId: string): Promise<boolean> {
  return (await db.run('DELETE FROM saml_configs WHERE tenant_id = ?', [tenantId])) > 0;
}

/** A sign-in in progress: the AuthnRequest issued and the browser that asked for it. */
export interface SamlFlow {
  /** The AuthnRequest's ID, which the response's InResponseTo must name. */
  requestId: string;
  /** SHA-256 of the flow cookie's value. */
  idHash: string;
  tenantId: string;
  relayState: string;
  /** Set once the IdP's answer has been accepted; the browser then finishes the sign-in. */
  userId: string | null;
  expiresAt: number;
}

interface FlowRow extends Record<string, unknown> {
  request_id: string;
  id_hash: string;
  tenant_id: string;
  relay_state: string;
  user_id: string | null;
  expires_at: number | string;
}

const toFlow = (r: FlowRow): SamlFlow => ({
  requestId: r.request_id,
  idHash: r.id_hash,
  tenantId: r.tenant_id,
  relayState: r.relay_state,
  userId: r.user_id,
  expiresAt: Number(r.expires_at),
});

export async function insertSamlFlow(db: Queryable, f: SamlFlow, now: number): Promise<void> {
  await db.run('DELETE FROM saml_flows WHERE expires_at <= ?', [now]);
  await db.run(
    `INSERT INTO saml_flows (request_id, id_hash, tenant_id, relay_state, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [f.requestId, f.idHash, f.tenantId, f.relayState, now, f.expiresAt],
  );
}

/** The flow an answer names, while it is live and not yet answered. */
export async function findOpenSamlFlow(
  db: Queryable,
  tenantId: string,
  requestId: string,
  now: number,
): Promise<SamlFlow | undefined> {
  const row = await db.get<FlowRow>(
    `SELECT * FROM saml_flows WHERE request_id = ? AND tenant_id = ? AND answered_at IS NULL
       AND expires_at > ?`,
    [requestId, tenantId, now],
  );
  return row && toFlow(row);
}

/**
 * Records who the IdP vouched for on an unanswered flow; false when another answer got there
 * first, so that each request is answered once.
 */
export async function answerSamlFlow(
  db: Queryable,
  requestId: string,
  userId: string,
  expiresAt: number,
  now: number,
): Promise<boolean> {
  const changed = await db.run(
    `UPDATE saml_flows SET user_id = ?, answered_at = ?, expires_at = ?
     WHERE request_id = ? AND answered_at IS NULL`,
    [userId, now, expiresAt, requestId],
  );
  return changed > 0;
}

/** Removes and returns the flow of a browser's cookie: each is finished once. */
export async function takeSamlFlow(db: Queryable, idHash: string): Promise<SamlFlow | undefined> {
  const row = await db.get<FlowRow>('SELECT * FROM saml_flows WHERE id_hash = ?', [idHash]);
  if (!row || (await db.run('DELETE FROM saml_flows WHERE id_hash = ?', [idHash])) === 0)
    return undefined;
  return toFlow(row);
}

/**
 * Records an assertion id as used until it expires; false when it was used already (a replay).
 */
export async function claimAssertionId(
  db: Queryable,
  tenantId: string,
  assertionId: string,
  expiresAt: number,
  now: number,
): Promise<boolean> {
  await db.run('DELETE FROM saml_used_assertions WHERE expires_at <= ?', [now]);
  const inserted = await db.run(
    `INSERT INTO saml_used_assertions (tenant_id, assertion_id, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (tenant_id, assertion_id) DO NOTHING`,
    [tenantId, assertionId, expiresAt],
  );
  return inserted > 0;
}
