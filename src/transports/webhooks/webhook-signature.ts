import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * GoPhish signs each webhook with HMAC-SHA256 of the exact body, keyed by the webhook secret,
 * sent as `X-Gophish-Signature: sha256=<hex>` (gophish `webhook/webhook.go`, integrations.md §1).
 */
export function gophishSignature(secret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Bulwark's own scheme for senders that can sign (scripts, other tools): HMAC-SHA256 over
 * `<timestamp>.<body>`, with the Unix time in `X-Bulwark-Timestamp` so that a captured request
 * cannot be replayed later.
 */
export function bulwarkSignature(secret: string, timestamp: string, body: Buffer): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body);
  return `sha256=${mac.digest('hex')}`;
}

/** How far a signed timestamp may be from the clock. */
export const TIMESTAMP_TOLERANCE_S = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Compares in constant time, so that the time taken says nothing about how much matched. */
export function sameSignature(presented: string, expected: string): boolean {
  const a = Buffer.from(presented.trim().toLowerCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function checkGophish(
  header: string | undefined,
  secret: string,
  body: Buffer,
): SignatureCheck {
  if (!header) return { ok: false, reason: 'the X-Gophish-Signature header is missing' };
  return sameSignature(header, gophishSignature(secret, body))
    ? { ok: true }
    : { ok: false, reason: 'the X-Gophish-Signature does not match the body' };
}

export function checkBulwark(
  signature: string | undefined,
  timestamp: string | undefined,
  secret: string,
  body: Buffer,
  nowMs: number,
): SignatureCheck {
  if (!signature || !timestamp)
    return {
      ok: false,
      reason: 'the X-Bulwark-Signature and X-Bulwark-Timestamp headers are required',
    };
  if (!/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'X-Bulwark-Timestamp is not Unix seconds' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > TIMESTAMP_TOLERANCE_S)
    return {
      ok: false,
      reason: `X-Bulwark-Timestamp is more than ${TIMESTAMP_TOLERANCE_S} s from now`,
    };
  return sameSignature(signature, bulwarkSignature(secret, timestamp, body))
    ? { ok: true }
    : { ok: false, reason: 'the X-Bulwark-Signature does not match the body' };
}
