import { randomBytes } from 'node:crypto';
import type { CaepLevel, SetClaims, StreamStatus, SubjectId } from './ssf.js';
import { eventTypes } from './ssf.js';

/**
 * Security Event Tokens (RFC 8417) as the Shared Signals Framework profiles them: `iss`, `jti`,
 * `iat`, `aud`, `txn`, a top-level `sub_id` and exactly one event; never `sub` or `exp`.
 * Times in claims are epoch seconds.
 */
export interface SetEnvelope {
  iss: string;
  aud: string;
  /** Epoch milliseconds. */
  now: number;
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** A fresh SET id: 128 random bits, hex. */
export function newJti(): string {
  return randomBytes(16).toString('hex');
}

function envelope(
  e: SetEnvelope,
  subId: SubjectId,
  type: string,
  event: Record<string, unknown>,
  txn?: string,
): SetClaims {
  return {
    iss: e.iss,
    jti: newJti(),
    iat: seconds(e.now),
    aud: e.aud,
    ...(txn ? { txn } : {}),
    sub_id: subId,
    events: { [type]: event },
  };
}

export interface LevelChangeFacts {
  subject: SubjectId;
  current: CaepLevel;
  /** Omitted when the stream was never told a level for this identity. */
  previous: CaepLevel | null;
  /** When the scores that changed the level were computed (epoch ms). */
  at: number;
  /** The strongest factor behind the current level, e.g. `behavior`. */
  reason: string;
  txn: string;
}

/** CAEP `risk-level-change` about a user (CAEP 1.0 §3.8). */
export function riskLevelChangeSet(e: SetEnvelope, f: LevelChangeFacts): SetClaims {
  return envelope(
    e,
    f.subject,
    eventTypes.riskLevelChange,
    {
      // Also inside the event for receivers of the CAEP drafts; `sub_id` is the SSF 1.0 place.
      subject: f.subject,
      principal: 'USER',
      current_level: f.current,
      ...(f.previous ? { previous_level: f.previous } : {}),
      risk_reason: f.reason,
      event_timestamp: seconds(f.at),
      initiating_entity: 'system',
    },
    f.txn,
  );
}

export interface CompromiseFacts {
  subject: SubjectId;
  /** When the takeover was observed (epoch ms). */
  at: number;
  /** Which system confirmed it, e.g. `graph-risk`. */
  source: string;
  txn: string;
}

/** RISC `credential-compromise` for an account takeover confirmed by an incident event. */
export function credentialCompromiseSet(e: SetEnvelope, f: CompromiseFacts): SetClaims {
  return envelope(
    e,
    f.subject,
    eventTypes.credentialCompromise,
    {
      subject: f.subject,
      credential_type: 'password',
      event_timestamp: seconds(f.at),
      reason_admin: { en: `Account takeover confirmed by ${f.source}` },
    },
    f.txn,
  );
}

/** The SSF verification event: `sub_id` is the stream, `state` echoed when the receiver gave one. */
export function verificationSet(e: SetEnvelope, streamId: string, state?: string): SetClaims {
  return envelope(
    e,
    { format: 'opaque', id: streamId },
    eventTypes.verification,
    state === undefined ? {} : { state },
  );
}

/** The SSF stream-updated event, sent when Bulwark (not the receiver) changes a stream's status. */
export function streamUpdatedSet(
  e: SetEnvelope,
  streamId: string,
  status: StreamStatus,
  reason?: string,
): SetClaims {
  return envelope(e, { format: 'opaque', id: streamId }, eventTypes.streamUpdated, {
    status,
    ...(reason ? { reason } : {}),
  });
}
