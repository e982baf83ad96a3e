import type { IdentityKind } from '../directory/identity.js';
import type { Level } from '../risk/index.js';
import { levels } from '../risk/index.js';

/** The receivers risk can flow out to. */
export const destinationKinds = ['splunk-hec', 'syslog-cef', 'webhook', 'okta', 'graph'] as const;
export type DestinationKind = (typeof destinationKinds)[number];

/** A destination as stored. Its credentials stay sealed; only a delivery opens them. */
export interface Destination {
  tenantId: string;
  id: string;
  kind: DestinationKind;
  name: string;
  settings: Record<string, unknown>;
  /** Null for kinds without credentials (syslog). */
  sealedCredentials: string | null;
  /** Changes are sent when the level before or after is at least this one. */
  minLevel: Level;
  identityKinds: IdentityKind[];
  enabled: boolean;
  fedScoredAt: number;
  incidentCursor: number;
  createdAt: number;
  updatedAt: number;
}

/** Outbox message kinds of destinations: each carries one of the payloads below. */
export const messageKinds = {
  levelChange: 'destination.level-change',
  compromised: 'destination.compromised',
} as const;

/** The names an identity is known by in the receivers' systems. */
export interface ChangeIdentity {
  id: string;
  kind: IdentityKind;
  email: string;
  name: string | null;
  userName: string | null;
  department: string | null;
  /** Entra object id, when a Graph connector or the directory learned it. */
  entraId: string | null;
  /** User principal names (Entra) the identity is known by. */
  upns: string[];
}

export interface ChangeScore {
  risk: number;
  likelihood: number;
  /** The access multiplier of the index (0.5 with no access, 2 at the most). */
  impact: number;
  behavior: number;
  threat: number;
  access: number;
  protection: number;
  percentile: number;
  computedAt: string;
}

/** A factor of the index and its points; behaviours with the most points. */
export interface ChangeFactor {
  name: string;
  title: string;
  points: number;
}

/**
 * A change of an identity's risk level as a destination is told it: from the level it was last
 * told (null: never told) to the current one (null: the identity left the directory).
 */
export interface LevelChange {
  type: 'risk.level_changed';
  /** The change's idempotency key, also sent to receivers that deduplicate. */
  id: string;
  occurredAt: string;
  identity: ChangeIdentity;
  previousLevel: Level | null;
  level: Level | null;
  /**
   * Whether the level is at or above the destination's minimum: Okta and Entra put the identity
   * in their group when true and take it out when false.
   */
  meetsMinimum: boolean;
  score: ChangeScore | null;
  factors: ChangeFactor[];
}

/** An account takeover confirmed by an incident event, for receivers that act on it (Entra). */
export interface CompromiseReport {
  type: 'identity.compromised';
  id: string;
  occurredAt: string;
  identity: ChangeIdentity;
  /** The incident event that confirmed it. */
  event: { source: string; id: string; type: string; time: string };
}

export function levelRank(level: Level | null): number {
  return level === null ? -1 : levels.indexOf(level);
}

/** Whether a level is at least the destination's minimum. */
export function atLeast(level: Level | null, min: Level): boolean {
  return level !== null && levelRank(level) >= levelRank(min);
}
