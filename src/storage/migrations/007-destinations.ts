import type { Migration } from './types.js';

/**
 * Risk flowing out. `outbox_messages` is the durable outbox every delivery goes through (risk
 * destinations, and any other sender that names its own destination id and kind): one row per
 * message, unique per tenant, destination and idempotency key, so enqueuing the same change twice
 * is a no-op; `seq` orders them. `next_attempt_at` is when the message is due: for a pending message its next try,
 * for one being delivered the end of its lease, so a message whose worker died is due again.
 * `destinations` are the tenant's configured receivers with sealed credentials and how far the
 * risk feed has read for them (scores, incident events); `destination_levels` the risk level each
 * destination was last told for each identity, and whether that met its minimum.
 */
export const destinations: Migration = {
  version: 7,
  name: 'destinations',
  up: (t) => [
    `CREATE TABLE outbox_messages (
      seq ${t.serialPk},
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      destination_id ${t.text} NOT NULL,
      kind ${t.text} NOT NULL,
      payload ${t.text} NOT NULL,
      idempotency_key ${t.text} NOT NULL,
      ordering_key ${t.text},
      state ${t.text} NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      created_at ${t.bigint} NOT NULL,
      window_started_at ${t.bigint} NOT NULL,
      next_attempt_at ${t.bigint} NOT NULL,
      lease_owner ${t.text},
      last_attempt_at ${t.bigint},
      delivered_at ${t.bigint},
      last_error ${t.text},
      UNIQUE (tenant_id, id),
      UNIQUE (tenant_id, destination_id, idempotency_key)
    )`,
    `CREATE INDEX outbox_due ON outbox_messages (state, next_attempt_at)`,
    `CREATE INDEX outbox_destination ON outbox_messages (tenant_id, destination_id, state, seq)`,
    `CREATE INDEX outbox_ordering ON outbox_messages (tenant_id, destination_id, ordering_key, seq)`,
    `CREATE TABLE destinations (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      kind ${t.text} NOT NULL,
      name ${t.text} NOT NULL,
      settings ${t.text} NOT NULL,
      credentials ${t.text},
      min_level ${t.text} NOT NULL,
      identity_kinds ${t.text} NOT NULL,
      enabled INTEGER NOT NULL DEFAULT 1,
      fed_scored_at ${t.bigint} NOT NULL DEFAULT 0,
      incident_cursor ${t.bigint} NOT NULL DEFAULT 0,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, name)
    )`,
    `CREATE TABLE destination_levels (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      destination_id ${t.text} NOT NULL,
      identity_id ${t.text} NOT NULL,
      level ${t.text} NOT NULL,
      meets_minimum INTEGER NOT NULL,
      changed_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, destination_id, identity_id)
    )`,
  ],
};
