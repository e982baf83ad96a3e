import type { OutboundClient, OutboundRequest, OutboundResponse } from './http-client.js';
import { OutboundError } from './outbound-error.js';
import type { RetryPolicy } from './retry.js';
import { backoffDelay, isRetryableStatus, retryAfterMs } from './retry.js';

/** Time and chance, passed in so that tests control waiting and jitter. */
export interface RetryEnv {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const realRetryEnv: RetryEnv = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** What happened on the way to an answer, for status records and logs. */
export interface RetryNote {
  attempt: number;
  waitMs: number;
  why: string;
}

/**
 * Sends a request, retrying timeouts, resets, 408, 429 and 5xx answers. A 429 or 503 with
 * `Retry-After` waits as long as asked (up to the policy's limit); otherwise the wait is
 * exponential back-off with jitter. Returns the last answer, whatever its status: callers decide
 * what a 4xx means. Throws the last `OutboundError` when every attempt failed without an answer.
 */
export async function sendWithRetry(
  client: OutboundClient,
  request: OutboundRequest,
  policy: RetryPolicy,
  env: RetryEnv,
  onRetry?: (note: RetryNote) => void,
): Promise<OutboundResponse> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(client, request);
    const last = attempt >= policy.maxAttempts;
    if ('response' in outcome) {
      const { response } = outcome;
      if (!isRetryableStatus(response.status) || last) return response;
      const asked = retryAfterMs(response.headers['retry-after'], env.now());
      if (asked !== undefined && asked > policy.maxRetryAfterMs) return response;
      const waitMs = asked ?? backoffDelay(attempt, policy, env.random);
      onRetry?.({ attempt, waitMs, why: `HTTP ${response.status}` });
      await env.sleep(waitMs);
      continue;
    }
    if (!outcome.error.retryable || last) throw outcome.error;
    const waitMs = backoffDelay(attempt, policy, env.random);
    onRetry?.({ attempt, waitMs, why: outcome.error.message });
    await env.sleep(waitMs);
  }
}

async function attemptOnce(
  client: OutboundClient,
  request: OutboundRequest,
): Promise<{ response: OutboundResponse } | { error: OutboundError }> {
  try {
    return { response: await client.send(request) };
  } catch (error) {
    if (error instanceof OutboundError) return { error };
    throw error;
  }
}
