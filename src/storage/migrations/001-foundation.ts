import type { Migration } from './types.js';

/**
 * The foundation: tenants, the directory, the event store, dead letters and API tokens.
 * Every table but `tenants` carries `tenant_id` first in its key, so that it can later be
 * distributed by tenant.
 */
export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up: (t) => [
    `CREATE TABLE tenants (
      id ${t.text} PRIMARY KEY,
      slug ${t.text} NOT NULL UNIQUE,
      name ${t.text} NOT NULL,
      is_demo INTEGER NOT NULL DEFAULT 0,
      created_at ${t.bigint} NOT NULL
    )`,
    `CREATE TABLE business_units (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      name ${t.text} NOT NULL,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, name)
    )`,
    `CREATE TABLE identities (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      kind ${t.text} NOT NULL,
      email ${t.text} NOT NULL,
      email_lc ${t.text} NOT NULL,
      user_name ${t.text},
      user_name_lc ${t.text},
      external_id ${t.text},
      name ${t.text},
      given_name ${t.text},
      family_name ${t.text},
      department ${t.text},
      title ${t.text},
      location ${t.text},
      timezone ${t.text},
      manager_id ${t.text},
      owner_id ${t.text},
      employment_type ${t.text},
      start_date ${t.text},
      business_unit_id ${t.text},
      privileged INTEGER NOT NULL DEFAULT 0,
      financial_authority INTEGER NOT NULL DEFAULT 0,
      scopes ${t.text},
      active INTEGER NOT NULL DEFAULT 1,
      left_at ${t.bigint},
      source ${t.text} NOT NULL,
      content_hash ${t.text} NOT NULL,
      search_lc ${t.text} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, email_lc)
    )`,
    `CREATE UNIQUE INDEX identities_user_name ON identities (tenant_id, user_name_lc)`,
    `CREATE INDEX identities_department ON identities (tenant_id, department, id)`,
    `CREATE INDEX identities_manager ON identities (tenant_id, manager_id)`,
    `CREATE INDEX identities_external_id ON identities (tenant_id, external_id)`,
    `CREATE INDEX identities_created ON identities (tenant_id, created_at, id)`,
    `CREATE INDEX identities_owner ON identities (tenant_id, owner_id)`,
    `CREATE TABLE identity_aliases (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      alias_lc ${t.text} NOT NULL,
      identity_id ${t.text} NOT NULL,
      kind ${t.text} NOT NULL,
      PRIMARY KEY (tenant_id, alias_lc)
    )`,
    `CREATE INDEX identity_aliases_identity ON identity_aliases (tenant_id, identity_id)`,
    `CREATE TABLE groups (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      name ${t.text} NOT NULL,
      name_lc ${t.text} NOT NULL,
      external_id ${t.text},
      source ${t.text} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, name_lc)
    )`,
    `CREATE TABLE group_members (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      group_id ${t.text} NOT NULL,
      identity_id ${t.text} NOT NULL,
      PRIMARY KEY (tenant_id, group_id, identity_id)
    )`,
    `CREATE INDEX group_members_identity ON group_members (tenant_id, identity_id)`,
    `CREATE TABLE resources (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      name ${t.text} NOT NULL,
      name_lc ${t.text} NOT NULL,
      criticality ${t.text} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, name_lc)
    )`,
    `CREATE TABLE entitlements (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      identity_id ${t.text} NOT NULL,
      resource_id ${t.text} NOT NULL,
      entitlement ${t.text} NOT NULL,
      admin INTEGER NOT NULL DEFAULT 0,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, identity_id, resource_id, entitlement)
    )`,
    `CREATE INDEX entitlements_resource ON entitlements (tenant_id, resource_id)`,
    `CREATE TABLE events (
      seq ${t.serialPk},
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      source ${t.text} NOT NULL,
      event_id ${t.text} NOT NULL,
      time ${t.bigint} NOT NULL,
      type ${t.text} NOT NULL,
      subject ${t.text} NOT NULL,
      subject_lc ${t.text} NOT NULL,
      identity_id ${t.text},
      severity ${t.text},
      details ${t.text} NOT NULL,
      ingested_at ${t.bigint} NOT NULL,
      UNIQUE (tenant_id, source, event_id)
    )`,
    `CREATE INDEX events_identity_time ON events (tenant_id, identity_id, time)`,
    `CREATE INDEX events_unlinked ON events (tenant_id, subject_lc) WHERE identity_id IS NULL`,
    `CREATE TABLE dead_letters (
      id ${t.serialPk},
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      format ${t.text} NOT NULL,
      origin ${t.text} NOT NULL,
      line INTEGER,
      reason ${t.text} NOT NULL,
      raw ${t.text} NOT NULL,
      status ${t.text} NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      received_at ${t.bigint} NOT NULL,
      resolved_at ${t.bigint}
    )`,
    `CREATE INDEX dead_letters_status ON dead_letters (tenant_id, status, id)`,
    `CREATE TABLE api_tokens (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      name ${t.text} NOT NULL,
      role ${t.text} NOT NULL,
      scope ${t.text} NOT NULL,
      token_hash ${t.text} NOT NULL UNIQUE,
      prefix ${t.text} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      last_used_at ${t.bigint},
      revoked_at ${t.bigint},
      PRIMARY KEY (tenant_id, id)
    )`,
  ],
};
