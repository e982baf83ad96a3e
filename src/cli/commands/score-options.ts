import { AppError } from '../../shared/errors.js';

/**
 * `--as-of` as a person types it: a day (`2026-03-31`, meaning the end of that UTC day) or an ISO
 * 8601 instant.
 */
export function parseAsOf(value: string, flag = '--as-of'): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(day ? `${value}T23:59:59.999Z` : value);
  if (Number.isNaN(ms))
    throw new AppError(
      'VALIDATION_FAILED',
      `${flag}: "${value}" is not a date (YYYY-MM-DD or ISO 8601)`,
      [{ path: flag, message: 'must be YYYY-MM-DD or an ISO 8601 date-time' }],
    );
  return ms;
}

export function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AppError('VALIDATION_FAILED', `--format: must be one of ${allowed.join(', ')}`, [
    { path: '--format', message: `must be one of ${allowed.join(', ')}, got "${value}"` },
  ]);
}
