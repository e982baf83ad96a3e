import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/storage/db.js';
import type { Migration } from '../../src/storage/migrations/types.js';
import { openDatabase } from '../../src/storage/open.js';

/**
 * The engine integration and API tests run on: `BULWARK_TEST_DATABASE_URL` names a PostgreSQL
 * server (each test file gets a fresh database on it); otherwise a fresh SQLite file per test file.
 */
export const testDialect = process.env.BULWARK_TEST_DATABASE_URL?.startsWith('postgres')
  ? 'postgres'
  : 'sqlite';

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, or only `migrations` when given. */
export async function createTestDatabase(
  migrations?: readonly Migration[],
): Promise<TestDatabase> {
  const url = await freshUrl();
  const db = await openDatabase(url, migrations);
  return {
    url,
    db,
    drop: async () => {
      await db.close();
      await dropUrl(url);
    },
  };
}

async function freshUrl(): Promise<string> {
  const name = `bulwark_t_${randomBytes(6).toString('hex')}`;
  const admin = process.env.BULWARK_TEST_DATABASE_URL;
  if (!admin?.startsWith('postgres')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-test-'));
    return `sqlite:${path.join(dir, `${name}.db`)}`;
  }
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropUrl(url: string): Promise<void> {
  if (url.startsWith('sqlite:')) {
    fs.rmSync(path.dirname(url.slice('sqlite:'.length)), { recursive: true, force: true });
    return;
  }
  const admin = process.env.BULWARK_TEST_DATABASE_URL ?? '';
  const name = new URL(url).pathname.slice(1);
  await withAdmin(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function withAdmin(
  url: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
