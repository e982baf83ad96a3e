import type { Migration } from './types.js';

/**
 * People who sign in: users are installation-wide (one person may work for several tenants of an
 * MSSP), so `users` is the one table not keyed by tenant; what a user may do lives in
 * `memberships`, keyed by tenant like everything else. Sessions, sign-in throttling, OIDC set-up
 * and one-time email links live here too. Secrets (session ids, link tokens) are stored hashed.
 */
export const accounts: Migration = {
  version: 4,
  name: 'accounts',
  up: (t) => [
    `CREATE TABLE users (
      id ${t.text} PRIMARY KEY,
      email ${t.text} NOT NULL,
      email_lc ${t.text} NOT NULL UNIQUE,
      name ${t.text},
      password_hash ${t.text},
      totp_secret ${t.text},
      totp_pending_secret ${t.text},
      totp_last_step ${t.bigint},
      disabled_at ${t.bigint},
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL
    )`,
    `CREATE TABLE memberships (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      user_id ${t.text} NOT NULL REFERENCES users(id),
      role ${t.text} NOT NULL,
      scope ${t.text} NOT NULL,
      subject_id ${t.text},
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, user_id)
    )`,
    `CREATE INDEX memberships_user ON memberships (user_id)`,
    `CREATE TABLE sessions (
      id_hash ${t.text} PRIMARY KEY,
      user_id ${t.text} NOT NULL REFERENCES users(id),
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      method ${t.text} NOT NULL,
      ip ${t.text},
      user_agent ${t.text},
      created_at ${t.bigint} NOT NULL,
      last_seen_at ${t.bigint} NOT NULL,
      idle_ms ${t.bigint} NOT NULL,
      expires_at ${t.bigint} NOT NULL
    )`,
    `CREATE INDEX sessions_user ON sessions (user_id)`,
    `CREATE TABLE login_failures (
      id ${t.serialPk},
      throttle_key ${t.text} NOT NULL,
      at ${t.bigint} NOT NULL
    )`,
    `CREATE INDEX login_failures_key ON login_failures (throttle_key, at)`,
    `CREATE TABLE oidc_configs (
      tenant_id ${t.text} PRIMARY KEY REFERENCES tenants(id),
      issuer ${t.text} NOT NULL,
      client_id ${t.text} NOT NULL,
      client_secret ${t.text},
      default_role ${t.text},
      enabled INTEGER NOT NULL DEFAULT 1,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL
    )`,
    `CREATE TABLE oidc_flows (
      id_hash ${t.text} PRIMARY KEY,
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      state ${t.text} NOT NULL,
      nonce ${t.text} NOT NULL,
      code_verifier ${t.text} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      expires_at ${t.bigint} NOT NULL
    )`,
    `CREATE TABLE email_links (
      token_hash ${t.text} PRIMARY KEY,
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      user_id ${t.text} NOT NULL REFERENCES users(id),
      created_at ${t.bigint} NOT NULL,
      expires_at ${t.bigint} NOT NULL,
      used_at ${t.bigint}
    )`,
  ],
};
