import type { Migration } from './types.js';

/**
 * SAML 2.0 single sign-on beside OpenID Connect: a tenant's identity provider, the
 * AuthnRequests issued (each answered once), and the ids of assertions already accepted (each
 * used once). Also sealed columns for the TOTP and OIDC client secrets: they are encrypted with
 * BULWARK_SECRET_KEY from now on, and values stored in plain text before are moved into them at
 * start-up when the key is set (accounts/legacy-secrets.service.ts).
 */
export const saml: Migration = {
  version: 9,
  name: 'saml',
  up: (t) => [
    `CREATE TABLE saml_configs (
      tenant_id ${t.text} PRIMARY KEY REFERENCES tenants(id),
      idp_entity_id ${t.text} NOT NULL,
      sso_url ${t.text} NOT NULL,
      certificates ${t.text} NOT NULL,
      email_attribute ${t.text},
      default_role ${t.text},
      enabled INTEGER NOT NULL DEFAULT 1,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL
    )`,
    `CREATE TABLE saml_flows (
      request_id ${t.text} PRIMARY KEY,
      id_hash ${t.text} NOT NULL UNIQUE,
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      relay_state ${t.text} NOT NULL,
      user_id ${t.text} REFERENCES users(id),
      answered_at ${t.bigint},
      created_at ${t.bigint} NOT NULL,
      expires_at ${t.bigint} NOT NULL
    )`,
    `CREATE INDEX saml_flows_expiry ON saml_flows (expires_at)`,
    `CREATE TABLE saml_used_assertions (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      assertion_id ${t.text} NOT NULL,
      expires_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, assertion_id)
    )`,
    `CREATE INDEX saml_used_assertions_expiry ON saml_used_assertions (expires_at)`,
    `ALTER TABLE users ADD COLUMN totp_secret_sealed ${t.text}`,
    `ALTER TABLE users ADD COLUMN totp_pending_sealed ${t.text}`,
    `ALTER TABLE oidc_configs ADD COLUMN client_secret_sealed ${t.text}`,
  ],
};
