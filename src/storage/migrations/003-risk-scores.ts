import type { Migration } from './types.js';

/**
 * What the risk engine keeps per tenant: each identity's decayed state (so that an event is added
 * in constant time), its current score, the directory access it is scored with, a cursor over the
 * event store, daily snapshots and the tenant's daily summary for history, and cohorts with their
 * membership history. Every table is keyed by `tenant_id` first.
 */
export const riskScores: Migration = {
  version: 3,
  name: 'risk-scores',
  up: (t) => [
    // Scoring reads new events in sequence order, one tenant at a time.
    `CREATE INDEX events_tenant_seq ON events (tenant_id, seq)`,
    `CREATE TABLE risk_states (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      identity_id ${t.text} NOT NULL,
      state ${t.text} NOT NULL,
      bursts ${t.text},
      PRIMARY KEY (tenant_id, identity_id)
    )`,
    `CREATE TABLE risk_scores (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      identity_id ${t.text} NOT NULL,
      kind ${t.text} NOT NULL,
      risk ${t.real} NOT NULL,
      own_risk ${t.real} NOT NULL,
      likelihood ${t.real} NOT NULL,
      behavior ${t.real} NOT NULL,
      threat ${t.real} NOT NULL,
      access ${t.real} NOT NULL,
      protection ${t.real} NOT NULL,
      level ${t.text} NOT NULL,
      percentile ${t.real} NOT NULL,
      model_version ${t.text} NOT NULL,
      computed_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, identity_id)
    )`,
    // People sorted by risk: the list walks this index and stops after one page.
    `CREATE INDEX risk_scores_rank ON risk_scores (tenant_id, risk, identity_id)`,
    `CREATE INDEX risk_scores_level ON risk_scores (tenant_id, level, risk, identity_id)`,
    `CREATE TABLE risk_access (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      identity_id ${t.text} NOT NULL,
      points ${t.real} NOT NULL,
      items ${t.text} NOT NULL,
      PRIMARY KEY (tenant_id, identity_id)
    )`,
    `CREATE TABLE risk_cursors (
      tenant_id ${t.text} PRIMARY KEY REFERENCES tenants(id),
      last_seq ${t.bigint} NOT NULL,
      version ${t.bigint} NOT NULL,
      refreshed_day ${t.text} NOT NULL,
      directory_marker ${t.text} NOT NULL,
      weights_marker ${t.text} NOT NULL,
      model_version ${t.text} NOT NULL,
      scored_at ${t.bigint} NOT NULL
    )`,
    `CREATE TABLE risk_snapshots (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      day ${t.text} NOT NULL,
      identity_id ${t.text} NOT NULL,
      risk ${t.real} NOT NULL,
      likelihood ${t.real} NOT NULL,
      level ${t.text} NOT NULL,
      percentile ${t.real} NOT NULL,
      PRIMARY KEY (tenant_id, day, identity_id)
    )`,
    `CREATE INDEX risk_snapshots_identity ON risk_snapshots (tenant_id, identity_id, day)`,
    `CREATE TABLE risk_trend (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      day ${t.text} NOT NULL,
      identities INTEGER NOT NULL,
      mean_risk ${t.real} NOT NULL,
      low INTEGER NOT NULL,
      medium INTEGER NOT NULL,
      high INTEGER NOT NULL,
      critical INTEGER NOT NULL,
      PRIMARY KEY (tenant_id, day)
    )`,
    `CREATE TABLE cohorts (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      name ${t.text} NOT NULL,
      name_lc ${t.text} NOT NULL,
      description ${t.text},
      kind ${t.text} NOT NULL,
      definition ${t.text} NOT NULL,
      builtin INTEGER NOT NULL DEFAULT 0,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      evaluated_at ${t.bigint},
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, name_lc)
    )`,
    `CREATE TABLE cohort_memberships (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      cohort_id ${t.text} NOT NULL,
      identity_id ${t.text} NOT NULL,
      entered_at ${t.bigint} NOT NULL,
      left_at ${t.bigint},
      PRIMARY KEY (tenant_id, cohort_id, identity_id, entered_at)
    )`,
    `CREATE INDEX cohort_memberships_open ON cohort_memberships (tenant_id, cohort_id, left_at, identity_id)`,
    `CREATE INDEX cohort_memberships_identity ON cohort_memberships (tenant_id, identity_id)`,
  ],
};
