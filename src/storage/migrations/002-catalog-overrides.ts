import type { Migration } from './types.js';

/** Per-tenant weight overrides of the behaviour catalogue. */
export const catalogOverrides: Migration = {
  version: 2,
  name: 'catalog-overrides',
  up: (t) => [
    `CREATE TABLE catalog_overrides (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      type ${t.text} NOT NULL,
      weight ${t.real} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      PRIMARY KEY (tenant_id, type)
    )`,
  ],
};
