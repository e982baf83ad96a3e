/**
 * The durable outbox: every message Bulwark sends out is first stored here, then delivered by the
 * outbox worker until the receiver acknowledges it. Senders (risk destinations, the Shared
 * Signals transmitter, …) only name a destination id of theirs, a kind that selects the deliverer,
 * a JSON payload and an idempotency key.
 */
export type OutboxState = 'pending' | 'delivering' | 'delivered' | 'dead';

export const outboxStates: readonly OutboxState[] = ['pending', 'delivering', 'delivered', 'dead'];

/** A message to enqueue. */
export interface OutboxDraft {
  /** The sender's id of the receiver (a destination, a stream). */
  destinationId: string;
  /** Selects the deliverer the worker hands the message to. */
  kind: string;
  payload: unknown;
  /**
   * Names the change the message carries; unique per tenant and destination, so that enqueuing
   * the same change twice stores it once. Receivers that deduplicate get it with the message.
   */
  idempotencyKey: string;
  /**
   * Messages with the same ordering key (per destination) are delivered one after another in the
   * order they were enqueued: a later one waits while an earlier one is pending or being tried.
   */
  orderingKey?: string;
}

export interface OutboxMessage {
  tenantId: string;
  id: string;
  destinationId: string;
  kind: string;
  payload: unknown;
  idempotencyKey: string;
  orderingKey: string | null;
  state: OutboxState;
  attempts: number;
  createdAt: number;
  nextAttemptAt: number;
  lastAttemptAt: number | null;
  deliveredAt: number | null;
  lastError: string | null;
}

/** What a deliverer reports for one attempt. */
export type DeliveryResult =
  | { outcome: 'delivered' }
  /** Worth trying again later; `retryAfterMs` when the receiver said how long to wait. */
  | { outcome: 'retry'; error: string; retryAfterMs?: number }
  /** Will not succeed by trying again (refused by policy, 4xx other than 408/429): dead now. */
  | { outcome: 'failed'; error: string };

/** Delivers messages of one kind. Throwing counts as a `retry` with the error's message. */
export type Deliverer = (message: OutboxMessage) => Promise<DeliveryResult>;

/** Finds the deliverer of a kind; undefined for a kind nobody registered. */
export type DelivererLookup = (kind: string) => Deliverer | undefined;

/** Counts of a destination's messages by state. */
export type OutboxCounts = Record<OutboxState, number>;
