import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../src/storage/db.js';
import { openDatabase } from '../src/storage/open.js';

export type Dialect = 'sqlite' | 'postgres';

export const WORK_DIR = path.resolve('bench/.work');

/** The PostgreSQL server benchmarks use: BULWARK_BENCH_POSTGRES_URL, else the local one. */
export const POSTGRES_ADMIN_URL = process.env.BULWARK_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDb {
  db: Db;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given engine, removed afterwards. */
export async function freshDatabase(dialect: Dialect): Promise<BenchDb> {
  const name = `bulwark_bench_${randomBytes(4).toString('hex')}`;
  if (dialect === 'sqlite') {
    fs.mkdirSync(WORK_DIR, { recursive: true });
    const file = path.join(WORK_DIR, `${name}.db`);
    const db = await openDatabase(`sqlite:${file}`);
    return { db, url: `sqlite:${file}`, drop: async () => { await db.close(); for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true }); } };
  }
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString());
  return { db, url: url.toString(), drop: async () => { await db.close(); await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)); } };
}

async function admin(work: (c: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await admin((c) => c.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

/** Wall time of `work` in seconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
