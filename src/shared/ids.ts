import { createHash, randomBytes } from 'node:crypto';

/**
 * A new random id: 96 bits as 16 URL-safe characters. Shorter than a UUID because ids are repeated
 * in every index entry of the event store, where their size is ingest speed.
 */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** A short, stable identifier derived from content: the first 32 hex digits of SHA-256. */
export function contentId(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

/** Serialises JSON with object keys sorted, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}
