import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl } from '../storage/url.js';
import { parseSecretKey } from './secret-box.js';

export const KEY_FILE_NAME = 'secret.key';

/**
 * With the embedded database and no BULWARK_SECRET_KEY, the key is kept in a file beside the
 * database (created on first use, readable by its owner only), so that a first run can store
 * credentials and TOTP secrets at once. Anyone holding that folder holds both, so production
 * deployments set BULWARK_SECRET_KEY from their secret store; PostgreSQL always needs it.
 * Returns undefined where no such file applies (PostgreSQL, in-memory SQLite).
 */
export function embeddedSecretKey(databaseUrl: string): string | undefined {
  const target = parseDatabaseUrl(databaseUrl);
  if (typeof target === 'string' || target.dialect !== 'sqlite' || target.file === ':memory:')
    return undefined;
  const file = path.join(path.dirname(target.file), KEY_FILE_NAME);
  return readKey(file) ?? createKey(file);
}

function readKey(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const key = parseSecretKey(text);
  if (typeof key === 'string')
    throw new Error(
      `${file}: the secret key kept beside the database ${key}; restore it from a backup or set BULWARK_SECRET_KEY`,
    );
  return text;
}

function createKey(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = crypto.randomBytes(32).toString('base64');
  try {
    fs.writeFileSync(file, `${key}\n`, { flag: 'wx', mode: 0o600 });
    return key;
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKey(file) ?? key;
    throw error;
  }
}
