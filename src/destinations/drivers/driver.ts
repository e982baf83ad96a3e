import type { z } from 'zod';
import type { OutboundClient } from '../../outbound/http-client.js';
import type { NetworkPolicy } from '../../outbound/network-policy.js';
import type { Authenticator, ClientCredentials } from '../../outbound/oauth2.js';
import type { CompromiseReport, DestinationKind, LevelChange } from '../destination.js';
import type { DeliveryResult } from '../outbox.js';

/** What a driver may use to reach its receiver. */
export interface DeliveryTools {
  /** The outbound client with the operator's network policy, limited to the driver's hosts. */
  client: OutboundClient;
  /** For senders that do not speak HTTP (syslog): which addresses may be reached. */
  policy: NetworkPolicy;
  timeoutMs: number;
  now(): number;
  /** An OAuth 2.0 client-credentials authenticator, kept between deliveries of a destination. */
  oauth(credentials: ClientCredentials): Authenticator;
}

/** What a destination is asked to send: a level change, a confirmed compromise, or a test. */
export type Outgoing =
  | { type: 'level-change'; change: LevelChange }
  | { type: 'compromised'; report: CompromiseReport }
  | { type: 'test'; id: string; at: number };

export interface Wants {
  levelChanges: boolean;
  /**
   * The receiver keeps a membership (a group) from whether each identity meets the minimum: a
   * change of the minimum alone is sent so that members join or leave.
   */
  membership: boolean;
  compromises: boolean;
}

export interface SendContext<S, C> {
  settings: S;
  credentials: C;
  tools: DeliveryTools;
}

/** One kind of receiver: how it is configured, which hosts it calls, and how it sends. */
export interface DestinationDriver<S = unknown, C = unknown> {
  kind: DestinationKind;
  title: string;
  settings: z.ZodType<S>;
  credentials: z.ZodType<C>;
  /** HTTP hosts this destination may call (empty for syslog, which checks addresses itself). */
  hosts(settings: S): string[];
  /** What the risk feed sends it, as configured. */
  wants(settings: S): Wants;
  send(ctx: SendContext<S, C>, outgoing: Outgoing): Promise<DeliveryResult>;
}

/** Erases a driver's types for the registry; settings are parsed by its schema first. */
export function defineDestination<S, C>(driver: DestinationDriver<S, C>): DestinationDriver {
  return driver;
}
