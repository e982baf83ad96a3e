import { requireSecrets } from '../secrets/secret-box.factory.js';
import type { SecretBox } from '../secrets/secret-box.js';

/**
 * A secret as the database holds it: sealed with BULWARK_SECRET_KEY, or, when it was written
 * before secrets were sealed (migration 9), in plain text until start-up seals it
 * (`sealLegacySecrets`). Only the services open it, at the moment it is used.
 */
export type StoredSecret = { sealed: string } | { plain: string };

export function storedSecret(sealed: string | null, plain: string | null): StoredSecret | null {
  if (sealed !== null) return { sealed };
  return plain === null ? null : { plain };
}

/** The columns to write: a sealed value clears the legacy plain column. */
export function columnsOf(stored: StoredSecret | null): {
  sealed: string | null;
  plain: string | null;
} {
  if (stored === null) return { sealed: null, plain: null };
  return 'sealed' in stored
    ? { sealed: stored.sealed, plain: null }
    : { sealed: null, plain: stored.plain };
}

/** Seals a new secret; without a key, the error says how to configure one. */
export function sealSecret(
  secrets: SecretBox | undefined,
  value: string,
  context: string,
): StoredSecret {
  return { sealed: requireSecrets(secrets).seal(value, context) };
}

export function openSecret(
  secrets: SecretBox | undefined,
  stored: StoredSecret,
  context: string,
): string {
  if ('plain' in stored) return stored.plain;
  return requireSecrets(secrets).open(stored.sealed, context);
}

/** What each secret is sealed for: a value copied to another row does not open. */
export const secretContexts = {
  totp: (userId: string) => `totp:${userId}`,
  totpPending: (userId: string) => `totp-pending:${userId}`,
  oidcClient: (tenantId: string) => `oidc-client-secret:${tenantId}`,
};
