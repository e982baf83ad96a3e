import type { JsonRecord } from './common.js';

export type GophishMessage =
  | 'Email Sent'
  | 'Email Opened'
  | 'Clicked Link'
  | 'Submitted Data'
  | 'Email Reported'
  | 'Error Sending Email';

export interface GophishEventInput {
  campaignId: number;
  email: string;
  time: number;
  message: GophishMessage;
  rid: string;
  ip?: string;
  userAgent?: string;
  /** Form fields posted to the landing page (never a password: capture is off). */
  form?: Record<string, string>;
  error?: string;
}

/**
 * A GoPhish webhook body (`models.Event`). `details` is a JSON-encoded string: empty for
 * `Email Sent`, `{"error":…}` for a sending failure, otherwise the request's `url.Values` payload
 * (every value an array, `rid` included) and the browser's address and user agent.
 */
export function gophishEvent(input: GophishEventInput): JsonRecord {
  return {
    campaign_id: input.campaignId,
    email: input.email,
    time: goTime(input.time, input.rid),
    message: input.message,
    details: details(input),
  };
}

function details(input: GophishEventInput): string {
  if (input.message === 'Email Sent') return '';
  if (input.message === 'Error Sending Email')
    return JSON.stringify({ error: input.error ?? 'dial tcp: i/o timeout' });
  const payload: Record<string, string[]> = { rid: [input.rid] };
  for (const [key, value] of Object.entries(input.form ?? {})) payload[key] = [value];
  return JSON.stringify({
    payload,
    browser: { address: input.ip ?? '', 'user-agent': input.userAgent ?? '' },
  });
}

/** Go's RFC 3339 with microseconds, as GoPhish prints `time.Time` (the digits vary per event). */
function goTime(time: number, rid: string): string {
  const micros = String((rid.charCodeAt(0) * 7919 + Math.floor(time)) % 1000).padStart(3, '0');
  return `${new Date(time).toISOString().slice(0, 23)}${micros}Z`;
}
