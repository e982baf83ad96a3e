// Risk scoring against the database (src/scoring): full recompute, incremental catch-up, one
// identity's explanation and the list of people by risk through the API, each beside a bare read
// of the same rows in the same run, on SQLite or PostgreSQL; the fixture is bulk-inserted
// (bench/risk-fixture.ts). Bare reads go through the raw driver on SQLite and through pg (with the
// query layer's placeholder rewrite only) on PostgreSQL.
import { performance } from 'node:perf_hooks';
import { createAppContext } from '../src/app/app-context.js';
import { createToken } from '../src/auth/token.service.js';
import { loadConfig } from '../src/config/config.js';
import { storedTenantNumber } from '../src/events/ingest.service.js';
import { buildServer } from '../src/http/server.js';
import { createLogger } from '../src/logging/logger.js';
import { ScoringMemory } from '../src/scoring/scoring-memory.js';
import { scoreTenant } from '../src/scoring/scoring.service.js';
import type { Db } from '../src/storage/db.js';
import type { SqliteDb } from '../src/storage/sqlite.js';
import { createTenant } from '../src/tenancy/tenant.service.js';
import {
  identityId,
  insertEvents,
  insertEventsWith,
  insertIdentities,
  insertIdentitiesWith,
  random,
} from './risk-fixture.js';
import { freshDatabase, timed, type Dialect } from './support.js';

export interface RiskBenchResult {
  dialect: Dialect;
  identities: number;
  events: number;
  fixtureSeconds: number;
  bareReadRate: number;
  full: { seconds: number; rate: number };
  incremental: { events: number; runs: number; seconds: number; rate: number; bareRate: number };
  /** One catch-up run over a backlog as large as all the runs above together. */
  backlog: { events: number; seconds: number; rate: number; bareRate: number };
  /** One run the size of one of the runs above, in a process that has no memory of the last. */
  cold: { events: number; seconds: number; rate: number };
  explain: { p50: number; p99: number; bareP99: number; maxEvents: number };
  list: { p50: number; p99: number; bareP99: number; filteredP99: number };
  rssMb: number;
}

function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const rssMb = (): number => Math.round(process.memoryUsage().rss / 2 ** 20);

/** The floor each measure is compared with: the same rows read and nothing done with them. */
interface Bare {
  /** The event rows a scoring run reads after `afterSeq`, in sequence order. */
  read(afterSeq: number): Promise<{ rows: number; seconds: number }>;
  /** One identity's event rows, as its explanation reads them. */
  eventsOf(identityId: string): Promise<number>;
  /** The first 51 score rows by risk. */
  list(): Promise<void>;
}

const READ_SQL =
  'SELECT seq, identity_id, time, type, severity, details FROM events WHERE tenant_no = ? AND seq > ? ORDER BY seq';
const EVENTS_OF_SQL =
  'SELECT * FROM events WHERE tenant_no = ? AND identity_id = ? ORDER BY time, seq';
const LIST_SQL =
  'SELECT * FROM risk_scores WHERE tenant_id = ? ORDER BY risk DESC, identity_id DESC LIMIT 51';

/** A tenant as the fixture writes it: its id for the directory, its number for events. */
interface BenchTenant {
  id: string;
  no: number;
}

function sqliteBare(db: SqliteDb, tenant: BenchTenant): Bare {
  const read = db.driver.prepare(READ_SQL).raw(true);
  const eventsOf = db.driver.prepare(EVENTS_OF_SQL).raw(true);
  const list = db.driver.prepare(LIST_SQL).raw(true);
  return {
    read: (afterSeq) => {
      const start = performance.now();
      let rows = 0;
      for (const _row of read.iterate(tenant.no, afterSeq)) rows++;
      return Promise.resolve({ rows, seconds: (performance.now() - start) / 1000 });
    },
    eventsOf: (id) => Promise.resolve(eventsOf.all(tenant.no, id).length),
    list: () => Promise.resolve(void list.all(tenant.id)),
  };
}

/** PostgreSQL: the rows in pages by sequence, as the scoring run pages them. */
function postgresBare(db: Db, tenant: BenchTenant): Bare {
  return {
    read: async (afterSeq) => {
      const start = performance.now();
      let rows = 0;
      for (let after = afterSeq; ;) {
        const page = await db.all<{ seq: number | string }>(`${READ_SQL} LIMIT 20000`, [
          tenant.no,
          after,
        ]);
        rows += page.length;
        const last = page.at(-1);
        if (!last || page.length < 20_000) break;
        after = Number(last.seq);
      }
      return { rows, seconds: (performance.now() - start) / 1000 };
    },
    eventsOf: async (id) => (await db.all(EVENTS_OF_SQL, [tenant.no, id])).length,
    list: async () => void (await db.all(LIST_SQL, [tenant.id])),
  };
}

/** Writes the fixture: the raw driver without waiting for the disk on SQLite, batches on PG. */
async function writeFixture(
  dialect: Dialect,
  db: Db,
  tenant: BenchTenant,
  size: { identities: number; events: number },
  now: number,
): Promise<number> {
  if (dialect === 'postgres') {
    await insertIdentitiesWith(db, tenant.id, size.identities, now);
    const next = await insertEventsWith(db, tenant.no, size.identities, size.events, now, 0, 11);
    await db.run('ANALYZE');
    return next;
  }
  const sqlite = db as SqliteDb;
  insertIdentities(sqlite, tenant.id, size.identities, now);
  const next = insertEvents(sqlite, tenant.no, size.identities, size.events, now, 0, 11);
  sqlite.driver.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.driver.pragma('synchronous = FULL');
  return next;
}

export async function benchRiskScoring(
  dialect: Dialect,
  identities: number,
  events: number,
): Promise<RiskBenchResult> {
  const bench = await freshDatabase(dialect);
  try {
    const db = bench.db;
    // On SQLite a page cache that holds the working set, for Bulwark and the bare reads alike
    // (the product's default is 64 MiB); the fixture is written without waiting for the disk.
    if (dialect === 'sqlite') {
      (db as SqliteDb).driver.pragma('cache_size = -2097152');
      (db as SqliteDb).driver.pragma('synchronous = OFF');
    }
    const now = Date.now();
    const created = await createTenant(db, 'bench-risk', 'Risk benchmark');
    const tenant = { id: created.id, no: await storedTenantNumber(db, created.id) };
    const fixture = await timed(() =>
      writeFixture(dialect, db, tenant, { identities, events }, now),
    );
    const bareOf =
      dialect === 'sqlite' ? sqliteBare(db as SqliteDb, tenant) : postgresBare(db, tenant);
    // As the server's scoring worker runs it: each run leaves its states in memory for the next.
    const deps = { db, clock: { now: () => now }, memory: new ScoringMemory() };
    const bare = await bareOf.read(0);
    const full = await timed(() => scoreTenant(deps, tenant.id, { full: true }));
    let peak = rssMb();

    const extra = Math.max(1, Math.round(events / 10));
    const runs = 5;
    let nextId = fixture.result;
    let seed = 100;
    /** Adds `count` events, reads them bare, then scores them; the run must be incremental. */
    const catchUp = async (
      count: number,
      scoring: typeof deps | { db: Db; clock: typeof deps.clock },
    ) => {
      const before = (await db.get<{ m: number }>('SELECT MAX(seq) AS m FROM events'))?.m ?? 0;
      nextId =
        dialect === 'sqlite'
          ? insertEvents(db as SqliteDb, tenant.no, identities, count, now, nextId, seed++)
          : await insertEventsWith(db, tenant.no, identities, count, now, nextId, seed++);
      const bareSeconds = (await bareOf.read(Number(before))).seconds;
      const run = await timed(() => scoreTenant(scoring, tenant.id));
      if (run.result.mode !== 'incremental')
        throw new Error(`expected an incremental run, got ${run.result.mode}`);
      peak = Math.max(peak, rssMb());
      return { seconds: run.seconds, bareSeconds };
    };
    let incrementalSeconds = 0;
    let bareIncremental = 0;
    for (let r = 0; r < runs; r++) {
      const run = await catchUp(Math.round(extra / runs), deps);
      incrementalSeconds += run.seconds;
      bareIncremental += run.bareSeconds;
    }
    const backlog = await catchUp(extra, deps);
    const coldEvents = Math.round(extra / runs);
    const cold = await catchUp(coldEvents, { db, clock: deps.clock });

    const config = loadConfig({ BULWARK_DATABASE_URL: bench.url });
    const app = await buildServer(createAppContext(db, config, createLogger('silent')));
    const { token } = await createToken(db, tenant.id, { name: 'bench', role: 'admin' });
    const headers = { authorization: `Bearer ${token}` };
    const rnd = random(5);
    const sample = [
      identityId(0),
      identityId(1),
      ...Array.from({ length: 298 }, () => identityId(Math.floor(rnd() * identities))),
    ];
    const explainMs: number[] = [];
    const bareExplainMs: number[] = [];
    let maxEvents = 0;
    for (const id of sample) {
      let t = performance.now();
      const rows = await bareOf.eventsOf(id);
      bareExplainMs.push(performance.now() - t);
      maxEvents = Math.max(maxEvents, rows);
      t = performance.now();
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/identities/${id}/risk`,
        headers,
      });
      explainMs.push(performance.now() - t);
      if (res.statusCode !== 200)
        throw new Error(`explanation: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    const listMs: number[] = [];
    const filteredMs: number[] = [];
    const bareListMs: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 300; i++) {
      let t = performance.now();
      await bareOf.list();
      bareListMs.push(performance.now() - t);
      t = performance.now();
      const url: string = `/api/v1/risk/identities?limit=50${cursor && i % 10 !== 0 ? `&cursor=${cursor}` : ''}`;
      const res = await app.inject({ method: 'GET', url, headers });
      listMs.push(performance.now() - t);
      if (res.statusCode !== 200) throw new Error(`list: ${res.statusCode}`);
      cursor = res.json<{ next: string | null }>().next;
      t = performance.now();
      await app.inject({
        method: 'GET',
        url: `/api/v1/risk/identities?limit=50&department=Finance&level=low`,
        headers,
      });
      filteredMs.push(performance.now() - t);
    }
    await app.close();
    peak = Math.max(peak, rssMb());
    return {
      dialect,
      identities,
      events,
      fixtureSeconds: fixture.seconds,
      bareReadRate: bare.rows / bare.seconds,
      full: { seconds: full.seconds, rate: events / full.seconds },
      incremental: {
        events: extra,
        runs,
        seconds: incrementalSeconds,
        rate: extra / incrementalSeconds,
        bareRate: extra / bareIncremental,
      },
      backlog: {
        events: extra,
        seconds: backlog.seconds,
        rate: extra / backlog.seconds,
        bareRate: extra / backlog.bareSeconds,
      },
      cold: { events: coldEvents, seconds: cold.seconds, rate: coldEvents / cold.seconds },
      explain: {
        p50: quantile(explainMs, 0.5),
        p99: quantile(explainMs, 0.99),
        bareP99: quantile(bareExplainMs, 0.99),
        maxEvents,
      },
      list: {
        p50: quantile(listMs, 0.5),
        p99: quantile(listMs, 0.99),
        bareP99: quantile(bareListMs, 0.99),
        filteredP99: quantile(filteredMs, 0.99),
      },
      rssMb: peak,
    };
  } finally {
    await bench.drop();
  }
}

if (process.argv[1]?.endsWith('risk-scoring.bench.ts')) {
  const [dialect = 'sqlite', identities = '100000', events = '10000000'] = process.argv.slice(2);
  const result = await benchRiskScoring(dialect as Dialect, Number(identities), Number(events));
  console.log(JSON.stringify(result, null, 2));
}
