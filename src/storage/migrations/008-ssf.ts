import type { Migration } from './types.js';

/**
 * The Shared Signals Framework transmitter (docs/ssf.md). `ssf_keys` are each tenant's RS256
 * signing keys: the private key sealed with the secret box, the public one as a JWK; the highest
 * generation signs, retired ones stay in the JWKS until `retired_at` is old enough. `ssf_streams`
 * are the receivers' event streams with their sealed Authorization header, the status, how far
 * their risk feed has read (scores, incident events) and who created them. `ssf_stream_subjects`
 * are subjects a receiver removed from a stream (every subject is in a stream by default);
 * `ssf_stream_levels` the CAEP risk level each stream was last told for each identity.
 * Deliveries go through `outbox_messages` (migration 7).
 */
export const ssf: Migration = {
  version: 8,
  name: 'ssf',
  up: (t) => [
    `CREATE TABLE ssf_keys (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      generation INTEGER NOT NULL,
      kid ${t.text} NOT NULL,
      public_jwk ${t.text} NOT NULL,
      private_sealed ${t.text} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      retired_at ${t.bigint},
      PRIMARY KEY (tenant_id, generation),
      UNIQUE (tenant_id, kid)
    )`,
    `CREATE TABLE ssf_streams (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      id ${t.text} NOT NULL,
      aud ${t.text} NOT NULL,
      events_requested ${t.text} NOT NULL,
      delivery_method ${t.text} NOT NULL,
      endpoint_url ${t.text} NOT NULL,
      authorization_sealed ${t.text},
      description ${t.text},
      status ${t.text} NOT NULL,
      status_reason ${t.text},
      created_by ${t.text} NOT NULL,
      fed_scored_at ${t.bigint} NOT NULL DEFAULT 0,
      incident_cursor ${t.bigint} NOT NULL DEFAULT 0,
      verified_at ${t.bigint},
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE TABLE ssf_stream_subjects (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      stream_id ${t.text} NOT NULL,
      subject_key ${t.text} NOT NULL,
      subject ${t.text} NOT NULL,
      removed_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, stream_id, subject_key)
    )`,
    `CREATE TABLE ssf_stream_levels (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      stream_id ${t.text} NOT NULL,
      identity_id ${t.text} NOT NULL,
      level ${t.text} NOT NULL,
      changed_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, stream_id, identity_id)
    )`,
  ],
};
