import type { Migration } from './types.js';

/**
 * Signals coming in: pull connectors with their encrypted credentials, cursor and last run;
 * webhook secrets; which sender networks feed which tenant's syslog; and aliases that a source
 * reported for a person the directory does not know yet, held until it does.
 */
export const signals: Migration = {
  version: 6,
  name: 'signals',
  up: (t) => [
    `CREATE TABLE connectors (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      kind ${t.text} NOT NULL,
      name ${t.text} NOT NULL,
      settings ${t.text} NOT NULL,
      credentials ${t.text} NOT NULL,
      interval_seconds INTEGER NOT NULL,
      enabled INTEGER NOT NULL DEFAULT 1,
      cursor ${t.text},
      next_run_at ${t.bigint} NOT NULL,
      lease_until ${t.bigint} NOT NULL DEFAULT 0,
      state ${t.text} NOT NULL DEFAULT 'never',
      last_started_at ${t.bigint},
      last_finished_at ${t.bigint},
      last_success_at ${t.bigint},
      last_error ${t.text},
      last_counts ${t.text},
      runs INTEGER NOT NULL DEFAULT 0,
      failures INTEGER NOT NULL DEFAULT 0,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, name)
    )`,
    `CREATE INDEX connectors_due ON connectors (next_run_at)`,
    `CREATE TABLE webhook_secrets (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      source ${t.text} NOT NULL,
      secret ${t.text} NOT NULL,
      received INTEGER NOT NULL DEFAULT 0,
      refused INTEGER NOT NULL DEFAULT 0,
      last_received_at ${t.bigint},
      created_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, source)
    )`,
    `CREATE TABLE syslog_sources (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      network ${t.text} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, network),
      UNIQUE (network)
    )`,
    `CREATE TABLE held_aliases (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      source ${t.text} NOT NULL,
      alias_lc ${t.text} NOT NULL,
      kind ${t.text} NOT NULL,
      anchor_lc ${t.text} NOT NULL,
      learned_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, source, alias_lc, anchor_lc)
    )`,
    `CREATE INDEX held_aliases_anchor ON held_aliases (tenant_id, anchor_lc)`,
    `CREATE INDEX held_aliases_alias ON held_aliases (tenant_id, alias_lc)`,
  ],
};
