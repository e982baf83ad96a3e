import { createPrivateKey, type KeyObject } from 'node:crypto';
import { requireSecrets } from '../secrets/secret-box.factory.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Db } from '../storage/db.js';
import type { PublicJwk } from './jws.js';
import { generateSigningKey } from './jws.js';
import type { StoredKey } from './key.repository.js';
import { currentKey, insertKey, publishedKeys, retireOlder } from './key.repository.js';

/** How long a retired key stays in the JWKS, for SETs signed with it still on their way. */
export const RETIRED_KEY_KEPT_MS = 7 * 24 * 3600_000;

export interface KeyDeps {
  db: Db;
  secrets: SecretBox | undefined;
  now: number;
}

/** The sealing context: a sealed key copied to another tenant or generation does not open. */
const context = (tenantId: string, kid: string) => `ssf-signing-key:${tenantId}:${kid}`;

async function storeNew(deps: KeyDeps, tenantId: string, generation: number): Promise<void> {
  const secrets = requireSecrets(deps.secrets);
  const key = generateSigningKey();
  await insertKey(deps.db, tenantId, {
    generation,
    kid: key.kid,
    publicJwk: key.publicJwk,
    privateSealed: secrets.seal(key.privatePem, context(tenantId, key.kid)),
    createdAt: deps.now,
  });
}

/** The tenant's signing key, made on first use (needs BULWARK_SECRET_KEY to seal it). */
export async function ensureKey(deps: KeyDeps, tenantId: string): Promise<StoredKey> {
  const existing = await currentKey(deps.db, tenantId);
  if (existing) return existing;
  await storeNew(deps, tenantId, 1);
  const made = await currentKey(deps.db, tenantId);
  if (!made) throw new Error('the signing key was not stored');
  return made;
}

/**
 * Replaces the signing key: a new generation signs from now on; the old public key stays in the
 * JWKS for RETIRED_KEY_KEPT_MS so that SETs signed just before still verify.
 */
export async function rotateKey(deps: KeyDeps, tenantId: string): Promise<StoredKey> {
  const before = await currentKey(deps.db, tenantId);
  const generation = (before?.generation ?? 0) + 1;
  await storeNew(deps, tenantId, generation);
  await retireOlder(deps.db, tenantId, generation, deps.now);
  const now = await currentKey(deps.db, tenantId);
  if (!now) throw new Error('the signing key was not stored');
  return now;
}

/** The public keys of the tenant's JWKS. */
export async function publicKeys(
  deps: Omit<KeyDeps, 'secrets'>,
  tenantId: string,
): Promise<PublicJwk[]> {
  return (await publishedKeys(deps.db, tenantId, deps.now - RETIRED_KEY_KEPT_MS)).map(
    (k) => k.publicJwk,
  );
}

/** The current key opened for signing. */
export async function signingKey(
  deps: KeyDeps,
  tenantId: string,
): Promise<{ kid: string; privateKey: KeyObject }> {
  const key = await ensureKey(deps, tenantId);
  const pem = requireSecrets(deps.secrets).open(key.privateSealed, context(tenantId, key.kid));
  return { kid: key.kid, privateKey: createPrivateKey(pem) };
}
