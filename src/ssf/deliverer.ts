import { z } from 'zod';
import type { DeliveryResult, Deliverer, OutboxMessage } from '../destinations/outbox.js';
import type { OutboundClient } from '../outbound/http-client.js';
import { OutboundError } from '../outbound/outbound-error.js';
import { isRetryableStatus, retryAfterMs } from '../outbound/retry.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Db } from '../storage/db.js';
import { signSet } from './jws.js';
import { signingKey } from './key.service.js';
import type { SetMessage } from './ssf.js';
import { eventTypes, SET_KIND } from './ssf.js';
import { findStream } from './stream.repository.js';
import { openAuthorization } from './stream.service.js';

export interface SetDeliveryDeps {
  db: Db;
  secrets: SecretBox | undefined;
  /** The outbound client with the operator's network policy; narrowed to each stream's host. */
  client: OutboundClient;
  now: () => number;
}

/** How long a paused stream's SETs wait before they are looked at again. */
export const PAUSED_RECHECK_MS = 5 * 60_000;

/** RFC 8935 §2.3: an error answer is a JSON object with `err` and `description`. */
const pushError = z.object({ err: z.string(), description: z.string().optional() });

function describeRefusal(status: number, body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  const e = pushError.safeParse(parsed);
  const what = e.success
    ? `${e.data.err}${e.data.description ? `: ${e.data.description}` : ''}`
    : body.slice(0, 200) || 'no body';
  return `the receiver answered ${status} (${what})`;
}

const isControl = (m: SetMessage): boolean =>
  eventTypes.streamUpdated in m.claims.events || eventTypes.verification in m.claims.events;

/**
 * Delivers one SET by push (RFC 8935): signs its claims with the tenant's current key, POSTs the
 * compact JWS as `application/secevent+jwt` with the stream's Authorization header, and reads the
 * answer: 202 (any 2xx) acknowledged; 408, 429 and 5xx tried again later; a 400 with the RFC's
 * `err` and `description`, or any other answer, is final and recorded with what the receiver said.
 * The jti stays the same on every try, so a receiver that deduplicates by jti sees it once.
 */
export function setDeliverer(deps: SetDeliveryDeps): Deliverer {
  return async (message: OutboxMessage): Promise<DeliveryResult> => {
    const m = message.payload as SetMessage;
    const stream = await findStream(deps.db, message.tenantId, m.streamId);
    if (!stream) return { outcome: 'failed', error: 'the stream was deleted' };
    if (stream.status === 'disabled' && !isControl(m))
      return { outcome: 'failed', error: 'the stream is disabled: SETs are not held' };
    if (stream.status === 'paused' && !isControl(m))
      return { outcome: 'retry', error: 'the stream is paused', retryAfterMs: PAUSED_RECHECK_MS };
    const key = await signingKey(
      { db: deps.db, secrets: deps.secrets, now: deps.now() },
      message.tenantId,
    );
    const authorization = openAuthorization(deps.secrets, stream);
    const host = new URL(stream.endpointUrl).hostname;
    try {
      const response = await deps.client.forHosts([host]).send({
        method: 'POST',
        url: stream.endpointUrl,
        headers: {
          'content-type': 'application/secevent+jwt',
          accept: 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: signSet(m.claims, key),
      });
      if (response.status >= 200 && response.status < 300) return { outcome: 'delivered' };
      const error = describeRefusal(response.status, response.body);
      if (!isRetryableStatus(response.status)) return { outcome: 'failed', error };
      const wait = retryAfterMs(response.headers['retry-after'], deps.now());
      return wait === undefined
        ? { outcome: 'retry', error }
        : { outcome: 'retry', error, retryAfterMs: wait };
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      return error.retryable
        ? { outcome: 'retry', error: error.message }
        : { outcome: 'failed', error: error.message };
    }
  };
}

/** The deliverers the SSF transmitter adds to the outbox worker, by message kind. */
export function ssfDeliverers(deps: SetDeliveryDeps): Record<string, Deliverer> {
  return { [SET_KIND]: setDeliverer(deps) };
}
