import type { Level } from '../risk/index.js';

/**
 * The Shared Signals Framework transmitter's vocabulary (OpenID Shared Signals Framework 1.0,
 * CAEP 1.0, RISC 1.0, RFC 8417, RFC 8935, RFC 9493). See docs/ssf.md.
 */
export const eventTypes = {
  riskLevelChange: 'https://schemas.openid.net/secevent/caep/event-type/risk-level-change',
  credentialCompromise: 'https://schemas.openid.net/secevent/risc/event-type/credential-compromise',
  verification: 'https://schemas.openid.net/secevent/ssf/event-type/verification',
  streamUpdated: 'https://schemas.openid.net/secevent/ssf/event-type/stream-updated',
} as const;

/** Event types a receiver may request; control events (verification, stream updated) always flow. */
export const eventsSupported: readonly string[] = [
  eventTypes.riskLevelChange,
  eventTypes.credentialCompromise,
];

/** Push delivery over HTTP (RFC 8935), the only method this transmitter offers. */
export const PUSH = 'urn:ietf:rfc:8935';
/** Poll delivery (RFC 8936): recognised so that asking for it gets a clear refusal. */
export const POLL = 'urn:ietf:rfc:8936';

export const streamStatuses = ['enabled', 'paused', 'disabled'] as const;
export type StreamStatus = (typeof streamStatuses)[number];

/** Seconds a receiver waits between two verification requests of one stream. */
export const MIN_VERIFICATION_INTERVAL_S = 10;

/** The outbox kind of every SET a stream sends. */
export const SET_KIND = 'ssf.set';

export type CaepLevel = 'LOW' | 'MEDIUM' | 'HIGH';

/** Bulwark's four levels on CAEP's three: critical is the top of HIGH. */
export function caepLevel(level: Level): CaepLevel {
  if (level === 'critical' || level === 'high') return 'HIGH';
  return level === 'medium' ? 'MEDIUM' : 'LOW';
}

/** A subject identifier (RFC 9493) or an SSF complex subject, as JSON. */
export type SubjectId = { format: string } & Record<string, unknown>;

/** A stream as stored; the Authorization header stays sealed. */
export interface Stream {
  tenantId: string;
  id: string;
  aud: string;
  eventsRequested: string[];
  deliveryMethod: string;
  endpointUrl: string;
  authorizationSealed: string | null;
  description: string | null;
  status: StreamStatus;
  statusReason: string | null;
  /** `token:<id>` or `user:<id>`: a receiver's token sees only the streams it created. */
  createdBy: string;
  fedScoredAt: number;
  incidentCursor: number;
  verifiedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** Events the stream delivers: the ones it requested that this transmitter supports. */
export function eventsDelivered(requested: readonly string[]): string[] {
  return eventsSupported.filter((e) => requested.includes(e));
}

/** What an outbox message of kind `ssf.set` carries: the claims to sign at delivery. */
export interface SetMessage {
  streamId: string;
  claims: SetClaims;
}

export interface SetClaims {
  iss: string;
  jti: string;
  iat: number;
  aud: string;
  txn?: string;
  sub_id: SubjectId;
  events: Record<string, Record<string, unknown>>;
}
