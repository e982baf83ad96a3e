import type { Config } from '../config/config.js';
import { AppError } from '../shared/errors.js';
import { KEY_HINT, parseSecretKey, SecretBox } from './secret-box.js';

/** The secret box of the configured key, or undefined when none is set (nothing can be stored). */
export function secretBoxOf(config: Pick<Config, 'secretKey'>): SecretBox | undefined {
  if (!config.secretKey) return undefined;
  const key = parseSecretKey(config.secretKey);
  if (typeof key === 'string') throw new Error(`BULWARK_SECRET_KEY ${key}`);
  return new SecretBox(key);
}

/** The secret box, or an error that tells the operator how to configure a key. */
export function requireSecrets(secrets: SecretBox | undefined): SecretBox {
  if (!secrets)
    throw new AppError(
      'SECRET_KEY_MISSING',
      `credentials are stored encrypted and no key is configured: ${KEY_HINT}, then restart`,
    );
  return secrets;
}
