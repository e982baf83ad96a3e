import type { Migration } from './types.js';

/**
 * What drives risk across each tenant (the Overview's "drivers"), as of its last scoring run:
 * one list for everyone and one per identity kind. A run that holds every state writes them, so
 * that the page does not read and parse every stored state on each cold request (3.2 s at
 * 100,000 identities on a 2-core machine, bench/results.md).
 */
export const riskDrivers: Migration = {
  version: 12,
  name: 'risk-drivers',
  up: (t) => [
    `CREATE TABLE risk_drivers (
      tenant_id ${t.text} NOT NULL REFERENCES tenants(id),
      kind ${t.text} NOT NULL,
      scored_at ${t.bigint} NOT NULL,
      drivers ${t.text} NOT NULL,
      PRIMARY KEY (tenant_id, kind)
    )`,
  ],
};
