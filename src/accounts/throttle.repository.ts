import type { Queryable } from '../storage/db.js';

export async function recordFailure(db: Queryable, keys: string[], now: number): Promise<void> {
  for (const key of keys)
    await db.run('INSERT INTO login_failures (throttle_key, at) VALUES (?, ?)', [key, now]);
}

/** Failures of a key since `since`, and when the oldest of them happened. */
export async function countFailures(
  db: Queryable,
  key: string,
  since: number,
): Promise<{ count: number; oldest: number | null }> {
  const row = await db.get<{ n: number | string; oldest: number | string | null }>(
    'SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE throttle_key = ? AND at >= ?',
    [key, since],
  );
  return {
    count: Number(row?.n ?? 0),
    oldest: row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest),
  };
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.run('DELETE FROM login_failures WHERE throttle_key = ?', [key]);
}

/** Forgets failures older than the window, so the table stays small. */
export async function pruneFailures(db: Queryable, before: number): Promise<void> {
  await db.run('DELETE FROM login_failures WHERE at < ?', [before]);
}
