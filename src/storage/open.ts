import type { Db } from './db.js';
import { migrate } from './migrate.js';
import { migrations as all } from './migrations/index.js';
import type { Migration } from './migrations/types.js';
import { PostgresDb } from './postgres.js';
import { SqliteDb } from './sqlite.js';
import type { DatabaseTarget } from './url.js';
import { parseDatabaseUrl } from './url.js';

/**
 * Opens the database a URL names and applies pending migrations (all of them; tests of a
 * migration pass the ones before it).
 */
export async function openDatabase(
  url: string,
  migrations: readonly Migration[] = all,
): Promise<Db> {
  const target = parseDatabaseUrl(url);
  if (typeof target === 'string') throw new Error(target);
  const db = connect(target);
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

function connect(target: DatabaseTarget): Db {
  return target.dialect === 'sqlite'
    ? new SqliteDb(target.url, target.file)
    : new PostgresDb(target.url, target.connectionString);
}
