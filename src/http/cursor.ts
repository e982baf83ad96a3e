import { AppError } from '../shared/errors.js';

/**
 * Cursors are opaque to clients: base64url JSON of where the previous page ended. They are not
 * secrets; every page is still limited by the viewer's rights.
 */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends Record<string, string | number>>(
  cursor: string,
  keys: Record<keyof T, 'string' | 'number' | 'any'>,
): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('INVALID_CURSOR', 'cursor: not a cursor this API returned');
  }
  if (typeof value !== 'object' || value === null)
    throw new AppError('INVALID_CURSOR', 'cursor: not a cursor this API returned');
  for (const [key, type] of Object.entries(keys)) {
    const field = (value as Record<string, unknown>)[key];
    const ok =
      type === 'any'
        ? typeof field === 'string' || typeof field === 'number'
        : typeof field === type;
    if (!ok) throw new AppError('INVALID_CURSOR', 'cursor: not a cursor this API returned');
  }
  return value as T;
}
