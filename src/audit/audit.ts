import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/ids.js';

/** The chain of events that belong to no tenant: sign-in failures of unknown accounts, users. */
export const INSTALLATION_CHAIN = 'installation';

/** The `prev_hash` of the first row of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What happened, named `domain.verb`. A closed list so that the Settings page and exports can
 * group them; add new actions at the end.
 */
export const auditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.tenant_switched',
  'auth.totp_enabled',
  'auth.totp_disabled',
  'auth.email_link_sent',
  'auth.sso_refused',
  'token.created',
  'token.revoked',
  'user.created',
  'membership.added',
  'membership.changed',
  'membership.removed',
  'sso.configured',
  'sso.removed',
  'deadletters.replayed',
  'import.directory',
  'import.events',
  'import.access',
  'scim.changed',
  'connector.created',
  'connector.changed',
  'connector.removed',
  'webhook.secret_set',
  'syslog.sources_changed',
  'destination.created',
  'destination.changed',
  'destination.removed',
  'destination.replayed',
  'ssf.stream_created',
  'ssf.stream_changed',
  'ssf.stream_removed',
  'ssf.stream_status',
  'ssf.key_rotated',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** What a caller records: who did what to which object, from where, with any details. */
export interface AuditEntry {
  action: AuditAction;
  /** `user:<id>`, `token:<id>`, `cli`, or `anonymous` for a refused sign-in. */
  actor: string;
  target?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** One stored row of a chain. `details` is canonical JSON text, hashed as stored. */
export interface AuditRecord {
  chain: string;
  seq: number;
  at: number;
  actor: string;
  ip: string | null;
  action: string;
  target: string | null;
  details: string;
  prevHash: string;
  hash: string;
}

export type UnsealedRecord = Omit<AuditRecord, 'hash'>;

/**
 * SHA-256 over the previous hash and the canonical JSON of every other field of the row, so that
 * changing any field, or the row before it, changes the hash (performance-and-reliability.md §B3).
 */
export function hashRecord(row: UnsealedRecord): string {
  const body = canonicalJson({
    chain: row.chain,
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    ip: row.ip,
    action: row.action,
    target: row.target,
    details: row.details,
  });
  return createHash('sha256').update(`${row.prevHash}\n${body}`).digest('hex');
}

/** The next row of a chain whose last row is `head` (undefined for an empty chain). */
export function sealNext(
  chain: string,
  head: { seq: number; hash: string } | undefined,
  entry: AuditEntry,
  at: number,
): AuditRecord {
  const unsealed: UnsealedRecord = {
    chain,
    seq: (head?.seq ?? 0) + 1,
    at,
    actor: entry.actor,
    ip: entry.ip ?? null,
    action: entry.action,
    target: entry.target ?? null,
    details: canonicalJson(entry.details ?? {}),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...unsealed, hash: hashRecord(unsealed) };
}
