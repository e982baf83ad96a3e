import type { Queryable } from '../storage/db.js';
import type { PublicJwk } from './jws.js';

export interface StoredKey {
  generation: number;
  kid: string;
  publicJwk: PublicJwk;
  privateSealed: string;
  createdAt: number;
  retiredAt: number | null;
}

interface KeyRow extends Record<string, unknown> {
  generation: number | string;
  kid: string;
  public_jwk: string;
  private_sealed: string;
  created_at: number | string;
  retired_at: number | string | null;
}

function toKey(r: KeyRow): StoredKey {
  return {
    generation: Number(r.generation),
    kid: r.kid,
    publicJwk: JSON.parse(r.public_jwk) as PublicJwk,
    privateSealed: r.private_sealed,
    createdAt: Number(r.created_at),
    retiredAt: r.retired_at === null ? null : Number(r.retired_at),
  };
}

/** The key that signs now: the newest generation. */
export async function currentKey(db: Queryable, tenantId: string): Promise<StoredKey | undefined> {
  const row = await db.get<KeyRow>(
    'SELECT * FROM ssf_keys WHERE tenant_id = ? ORDER BY generation DESC LIMIT 1',
    [tenantId],
  );
  return row && toKey(row);
}

/** Keys a receiver may still meet: the current one and those retired after `since`. */
export async function publishedKeys(
  db: Queryable,
  tenantId: string,
  since: number,
): Promise<StoredKey[]> {
  const rows = await db.all<KeyRow>(
    `SELECT * FROM ssf_keys WHERE tenant_id = ? AND (retired_at IS NULL OR retired_at > ?)
      ORDER BY generation DESC`,
    [tenantId, since],
  );
  return rows.map(toKey);
}

/**
 * Stores a key as the given generation unless another process stored that generation first;
 * returns whether this one was stored.
 */
export async function insertKey(
  db: Queryable,
  tenantId: string,
  key: Omit<StoredKey, 'retiredAt'>,
): Promise<boolean> {
  const changed = await db.run(
    `INSERT INTO ssf_keys (tenant_id, generation, kid, public_jwk, private_sealed, created_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, generation) DO NOTHING`,
    [
      tenantId,
      key.generation,
      key.kid,
      JSON.stringify(key.publicJwk),
      key.privateSealed,
      key.createdAt,
    ],
  );
  return changed > 0;
}

/** Marks every key older than `generation` retired at `at` (those not retired yet). */
export async function retireOlder(
  db: Queryable,
  tenantId: string,
  generation: number,
  at: number,
): Promise<void> {
  await db.run(
    'UPDATE ssf_keys SET retired_at = ? WHERE tenant_id = ? AND generation < ? AND retired_at IS NULL',
    [at, tenantId, generation],
  );
}
