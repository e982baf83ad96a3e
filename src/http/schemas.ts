import { z } from 'zod';

/** Shared pieces of request and response schemas. Limits are defined once here. */
export const LIMITS = { pageSizeMax: 500, pageSizeDefault: 50, searchMax: 200 } as const;

export const pageSize = z.coerce
  .number()
  .int()
  .min(1)
  .max(LIMITS.pageSizeMax)
  .default(LIMITS.pageSizeDefault)
  .describe('Items per page');
export const cursorParam = z
  .string()
  .max(500)
  .optional()
  .describe("Opaque cursor from the previous page's `next`");
export const isoTime = z.string().describe('ISO 8601 date-time');

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
    requestId: z.string(),
  })
  .describe('RFC 9457 problem details');

/** The error responses every protected route may give. */
export const protectedErrors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
} as const;

export function toIso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Parses an ISO date-time query parameter into epoch milliseconds. */
export const isoQuery = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 date-time')
  .transform((v) => Date.parse(v));
