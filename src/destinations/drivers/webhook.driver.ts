import { z } from 'zod';
import { hostOf } from '../../connectors/driver.js';
import { bulwarkSignature } from '../../transports/webhooks/webhook-signature.js';
import type { DeliveryResult } from '../outbox.js';
import type { Outgoing } from './driver.js';
import { defineDestination } from './driver.js';
import { deliverHttp } from './http-delivery.js';

const settings = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an https:// URL' }),
});
const credentials = z.object({
  secret: z.string().min(16, 'must be at least 16 characters').describe('HMAC-SHA256 key'),
});

/** The JSON body of what is sent: the change or report itself, or a test message. */
export function webhookBody(outgoing: Outgoing): { id: string; body: unknown } {
  if (outgoing.type === 'level-change') return { id: outgoing.change.id, body: outgoing.change };
  if (outgoing.type === 'compromised') return { id: outgoing.report.id, body: outgoing.report };
  const at = new Date(outgoing.at).toISOString();
  return { id: outgoing.id, body: { type: 'destination.test', id: outgoing.id, occurredAt: at } };
}

/**
 * A signed webhook: the JSON body POSTed with `X-Bulwark-Timestamp` (Unix seconds) and
 * `X-Bulwark-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` under the shared
 * secret, the scheme Bulwark's own webhook receiver checks; `Idempotency-Key` names the change.
 */
export const webhook = defineDestination({
  kind: 'webhook',
  title: 'Signed webhook (JSON, HMAC-SHA256)',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.url)],
  wants: () => ({ levelChanges: true, membership: false, compromises: true }),
  send({ settings: s, credentials: c, tools }, outgoing): Promise<DeliveryResult> {
    const { id, body } = webhookBody(outgoing);
    const text = JSON.stringify(body);
    const timestamp = String(Math.floor(tools.now() / 1000));
    return deliverHttp(
      tools.client,
      {
        method: 'POST',
        url: s.url,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': id,
          'x-bulwark-timestamp': timestamp,
          'x-bulwark-signature': bulwarkSignature(c.secret, timestamp, Buffer.from(text)),
        },
        body: text,
      },
      'webhook',
      () => tools.now(),
    );
  },
});
