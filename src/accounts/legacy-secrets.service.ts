import type { Logger } from '../logging/logger.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Db } from '../storage/db.js';
import { secretContexts } from './stored-secret.js';

export interface SealedCounts {
  totpSecrets: number;
  oidcClientSecrets: number;
}

/**
 * Seals TOTP and OIDC client secrets that were stored in plain text before migration 9, and
 * clears the plain columns, in one transaction. Runs at start-up; until it has run (no key set),
 * those legacy values keep working.
 */
export async function sealLegacySecrets(db: Db, secrets: SecretBox): Promise<SealedCounts> {
  return db.transaction(async (tx) => {
    const users = await tx.all<{
      id: string;
      totp_secret: string | null;
      totp_pending_secret: string | null;
    }>(
      `SELECT id, totp_secret, totp_pending_secret FROM users
       WHERE totp_secret IS NOT NULL OR totp_pending_secret IS NOT NULL`,
    );
    let totpSecrets = 0;
    for (const u of users) {
      const active = u.totp_secret && secrets.seal(u.totp_secret, secretContexts.totp(u.id));
      const pending =
        u.totp_pending_secret &&
        secrets.seal(u.totp_pending_secret, secretContexts.totpPending(u.id));
      totpSecrets += await tx.run(
        `UPDATE users SET totp_secret_sealed = COALESCE(?, totp_secret_sealed), totp_secret = NULL,
           totp_pending_sealed = COALESCE(?, totp_pending_sealed), totp_pending_secret = NULL
         WHERE id = ?`,
        [active || null, pending || null, u.id],
      );
    }
    const configs = await tx.all<{ tenant_id: string; client_secret: string }>(
      'SELECT tenant_id, client_secret FROM oidc_configs WHERE client_secret IS NOT NULL',
    );
    let oidcClientSecrets = 0;
    for (const c of configs) {
      const sealed = secrets.seal(c.client_secret, secretContexts.oidcClient(c.tenant_id));
      oidcClientSecrets += await tx.run(
        `UPDATE oidc_configs SET client_secret_sealed = ?, client_secret = NULL
         WHERE tenant_id = ?`,
        [sealed, c.tenant_id],
      );
    }
    return { totpSecrets, oidcClientSecrets };
  });
}

/** At start-up: seals what can be sealed, or says what to do when no key is set. */
export async function sealLegacySecretsAtStart(
  db: Db,
  secrets: SecretBox | undefined,
  logger: Logger,
): Promise<void> {
  if (secrets) {
    const sealed = await sealLegacySecrets(db, secrets);
    if (sealed.totpSecrets + sealed.oidcClientSecrets > 0)
      logger.info(sealed, 'secrets stored in plain text before are now encrypted');
    return;
  }
  const row = await db.get<{ n: number | string }>(
    `SELECT (SELECT COUNT(*) FROM users WHERE totp_secret IS NOT NULL OR totp_pending_secret IS NOT NULL)
          + (SELECT COUNT(*) FROM oidc_configs WHERE client_secret IS NOT NULL) AS n`,
  );
  if (Number(row?.n ?? 0) > 0)
    logger.warn(
      { plainSecrets: Number(row?.n) },
      'TOTP or OIDC client secrets are stored in plain text: set BULWARK_SECRET_KEY (openssl rand -base64 32) and restart to encrypt them',
    );
}
