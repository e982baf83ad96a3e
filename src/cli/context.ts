import type { Command } from 'commander';
import type { Config } from '../config/config.js';
import { loadConfig } from '../config/config.js';
import type { Db } from '../storage/db.js';
import { embeddedSecretKey } from '../secrets/key-file.js';
import { openDatabase } from '../storage/open.js';
import type { Tenant } from '../tenancy/tenant.js';
import { resolveTenant } from '../tenancy/tenant.service.js';

/** The options every data command accepts (PRODUCT.md: `--db URL` and `--tenant SLUG`). */
export interface GlobalOptions {
  db?: string;
  tenant?: string;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/**
 * The configuration of a command: the environment, the command's flags, and with the embedded
 * database and no BULWARK_SECRET_KEY the key kept beside the database (src/secrets/key-file.ts).
 */
export function configFrom(
  options: GlobalOptions,
  overrides: Partial<Record<keyof Config, string>> = {},
): Config {
  const config = loadConfig(process.env, {
    ...(options.db ? { databaseUrl: options.db } : {}),
    ...overrides,
  });
  if (config.secretKey) return config;
  return { ...config, secretKey: embeddedSecretKey(config.databaseUrl) ?? '' };
}

/** Opens the database for one command and always closes it. */
export async function withDb<T>(
  options: GlobalOptions,
  work: (db: Db, config: Config) => Promise<T>,
): Promise<T> {
  const config = configFrom(options);
  const db = await openDatabase(config.databaseUrl);
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}

export async function withTenant<T>(
  options: GlobalOptions,
  purpose: 'read' | 'write',
  work: (db: Db, tenant: Tenant, config: Config) => Promise<T>,
): Promise<T> {
  return withDb(options, async (db, config) =>
    work(db, await resolveTenant(db, options.tenant, purpose), config),
  );
}
