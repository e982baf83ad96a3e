import type { RetryPolicy } from '../outbound/retry.js';
import { backoffDelay } from '../outbound/retry.js';

/** How long messages are tried before they are dead, and how retries are spaced. */
export interface OutboxPolicy {
  maxAttempts: number;
  /** Longest time from enqueue (or replay) to the last try. */
  maxAgeMs: number;
  /** How long a worker holds a message it is delivering before another may take it over. */
  leaseMs: number;
  backoff: RetryPolicy;
  /** The shortest wait between two tries of one message. */
  minDelayMs: number;
}

export const defaultOutboxPolicy: OutboxPolicy = {
  maxAttempts: 12,
  maxAgeMs: 72 * 3600_000,
  leaseMs: 2 * 60_000,
  backoff: { maxAttempts: 12, baseDelayMs: 5_000, maxDelayMs: 3600_000, maxRetryAfterMs: 0 },
  minDelayMs: 1_000,
};

export type RetryDecision = { dead: true } | { dead: false; at: number };

/**
 * When a message that just failed its `attempts`-th try is tried next, or that it is dead: after
 * the policy's attempts, or when the next try would fall after its window. A receiver's
 * `Retry-After` is honoured as given; otherwise exponential back-off with full jitter (the
 * outbound client's), never sooner than `minDelayMs`.
 */
export function nextAttempt(
  policy: OutboxPolicy,
  attempts: number,
  windowStartedAt: number,
  now: number,
  random: () => number,
  retryAfterMs?: number,
): RetryDecision {
  if (attempts >= policy.maxAttempts) return { dead: true };
  const wait = retryAfterMs ?? backoffDelay(attempts, policy.backoff, random);
  const at = now + Math.max(policy.minDelayMs, wait);
  if (at >= windowStartedAt + policy.maxAgeMs) return { dead: true };
  return { dead: false, at };
}
