import { z } from 'zod';
import { VendorError } from '../../outbound/vendor-error.js';

/** Most pages one stream reads in one run; the cursor carries the rest to the next run. */
export const MAX_PAGES_PER_RUN = 200;

export const baseUrl = (fallback?: string) => {
  const url = z
    .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
    .transform((u) => u.replace(/\/+$/, ''));
  return fallback === undefined ? url : url.default(fallback);
};

export const lookbackHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 90)
  .default(24);

/** A list the vendor must answer with; anything else is a vendor error naming what was asked. */
export function arrayOf(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new VendorError(`${what}: expected a JSON array`);
  return value;
}

export function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new VendorError(`${what}: expected a JSON object`);
  return value as Record<string, unknown>;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The later of two ISO instants (either may be missing). */
export function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** Parses a stored cursor with a schema; an unreadable one starts afresh rather than failing. */
export function readCursor<T>(schema: z.ZodType<T>, cursor: unknown, fresh: NoInfer<T>): T {
  const parsed = schema.safeParse(cursor);
  return parsed.success ? parsed.data : fresh;
}

/** A next-page link must stay on the vendor's host; anything else is refused. */
export function sameOrigin(link: string, base: string, what: string): string {
  const url = new URL(link, base);
  if (url.origin !== new URL(base).origin)
    throw new VendorError(`${what}: the next-page link leaves ${new URL(base).host}`);
  return url.toString();
}
