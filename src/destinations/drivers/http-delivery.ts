import type {
  OutboundClient,
  OutboundRequest,
  OutboundResponse,
} from '../../outbound/http-client.js';
import { OutboundError } from '../../outbound/outbound-error.js';
import { isRetryableStatus, retryAfterMs } from '../../outbound/retry.js';
import { VendorError } from '../../outbound/vendor-error.js';
import type { DeliveryResult } from '../outbox.js';

/** Sends one request; a refusal or a broken exchange becomes a result instead of an exception. */
export async function exchange(
  client: OutboundClient,
  request: OutboundRequest,
): Promise<OutboundResponse | DeliveryResult> {
  try {
    return await client.send(request);
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    return error.retryable
      ? { outcome: 'retry', error: error.message }
      : { outcome: 'failed', error: error.message };
  }
}

export function isResult(value: OutboundResponse | DeliveryResult): value is DeliveryResult {
  return 'outcome' in value;
}

/**
 * What an HTTP answer means for a delivery: 2xx delivered; 408, 429 and 5xx tried again later
 * (after the receiver's `Retry-After` when it gives one); any other answer will not change on a
 * retry, so the message is dead and its error says what the receiver answered.
 */
export function resultOf(response: OutboundResponse, what: string, now: number): DeliveryResult {
  if (response.status >= 200 && response.status < 300) return { outcome: 'delivered' };
  const error = VendorError.fromResponse(what, response).message;
  if (!isRetryableStatus(response.status)) return { outcome: 'failed', error };
  const wait = retryAfterMs(response.headers['retry-after'], now);
  return wait === undefined
    ? { outcome: 'retry', error }
    : { outcome: 'retry', error, retryAfterMs: wait };
}

/** Sends and reads the answer as a delivery result. */
export async function deliverHttp(
  client: OutboundClient,
  request: OutboundRequest,
  what: string,
  now: () => number,
): Promise<DeliveryResult> {
  const answer = await exchange(client, request);
  return isResult(answer) ? answer : resultOf(answer, what, now());
}
