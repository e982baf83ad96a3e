import type { Db } from './db.js';
import { migrations as all } from './migrations/index.js';
import type { Migration } from './migrations/types.js';
import { sqlTypes } from './migrations/types.js';

export interface MigrationReport {
  applied: string[];
  current: number;
}

/**
 * Brings the schema up to the newest version. Each migration runs in its own transaction and is
 * recorded in `schema_migrations`; on PostgreSQL an advisory lock stops two processes starting at
 * once from racing.
 */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = all,
): Promise<MigrationReport> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`,
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(4242001)');
      const row = await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [
        migration.version,
      ]);
      if (row) return false;
      for (const sql of migration.up(sqlTypes(db.dialect), db.dialect)) await tx.run(sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      return true;
    });
    if (done) applied.push(`${migration.version}-${migration.name}`);
  }
  return { applied, current: migrations.at(-1)?.version ?? 0 };
}
