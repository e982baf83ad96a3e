import type { Dialect } from '../db.js';
import type { Migration } from './types.js';

/**
 * The audit log: one hash chain per tenant (and one for the installation), with its head kept
 * beside it so that a truncated tail is noticed too. Triggers refuse UPDATE and DELETE on the log,
 * so that only someone who can alter the schema can change history, and the chain shows it when
 * they do (performance-and-reliability.md §B3).
 */
export const auditLog: Migration = {
  version: 5,
  name: 'audit-log',
  up: (t, dialect) => [
    `CREATE TABLE audit_log (
      tenant_id ${t.text} NOT NULL,
      seq ${t.bigint} NOT NULL,
      at ${t.bigint} NOT NULL,
      actor ${t.text} NOT NULL,
      ip ${t.text},
      action ${t.text} NOT NULL,
      target ${t.text},
      details ${t.text} NOT NULL,
      prev_hash ${t.text} NOT NULL,
      hash ${t.text} NOT NULL,
      PRIMARY KEY (tenant_id, seq)
    )`,
    `CREATE TABLE audit_heads (
      tenant_id ${t.text} PRIMARY KEY,
      seq ${t.bigint} NOT NULL,
      hash ${t.text} NOT NULL
    )`,
    ...appendOnlyTriggers(dialect),
  ],
};

function appendOnlyTriggers(dialect: Dialect): string[] {
  if (dialect === 'sqlite')
    return ['UPDATE', 'DELETE'].map(
      (op) =>
        `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log
         BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    );
  return [
    `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_log is append-only'; END
     $$`,
    `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
  ];
}
