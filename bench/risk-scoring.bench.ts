// Risk scoring against the database (src/scoring): full recompute, incremental catch-up, one
// identity's explanation and the list of people by risk through the API, each beside a bare read
// of the same rows in the same run. SQLite; the fixture is bulk-inserted (bench/risk-fixture.ts).
import { performance } from 'node:perf_hooks';
import { createAppContext } from '../src/app/app-context.js';
import { createToken } from '../src/auth/token.service.js';
import { loadConfig } from '../src/config/config.js';
import { buildServer } from '../src/http/server.js';
import { createLogger } from '../src/logging/logger.js';
import { scoreTenant } from '../src/scoring/scoring.service.js';
import type { SqliteDb } from '../src/storage/sqlite.js';
import { createTenant } from '../src/tenancy/tenant.service.js';
import { identityId, insertEvents, insertIdentities, random } from './risk-fixture.js';
import { freshDatabase, timed } from './support.js';

export interface RiskBenchResult {
  identities: number;
  events: number;
  fixtureSeconds: number;
  bareReadRate: number;
  full: { seconds: number; rate: number };
  incremental: { events: number; runs: number; seconds: number; rate: number; bareRate: number };
  explain: { p50: number; p99: number; bareP99: number; maxEvents: number };
  list: { p50: number; p99: number; bareP99: number; filteredP99: number };
  rssMb: number;
}

function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const rssMb = (): number => Math.round(process.memoryUsage().rss / 2 ** 20);

/** Reads the rows a scoring run reads, with the raw driver and nothing else: the floor. */
function bareRead(
  db: SqliteDb,
  tenantId: string,
  afterSeq: number,
): { rows: number; seconds: number } {
  const stmt = db.driver
    .prepare(
      'SELECT seq, identity_id, time, type, severity, details FROM events WHERE tenant_id = ? AND seq > ? ORDER BY seq',
    )
    .raw(true);
  const start = performance.now();
  let rows = 0;
  for (const _row of stmt.iterate(tenantId, afterSeq)) rows++;
  return { rows, seconds: (performance.now() - start) / 1000 };
}

export async function benchRiskScoring(
  identities: number,
  events: number,
): Promise<RiskBenchResult> {
  const bench = await freshDatabase('sqlite');
  try {
    const db = bench.db as SqliteDb;
    // A page cache that holds the working set, for Bulwark and the bare reads alike (the product's
    // default is 64 MiB); the fixture is written without waiting for the disk.
    db.driver.pragma('cache_size = -2097152');
    db.driver.pragma('synchronous = OFF');
    const now = Date.now();
    const tenant = await createTenant(db, 'bench-risk', 'Risk benchmark');
    const fixture = await timed(() => {
      insertIdentities(db, tenant.id, identities, now);
      const next = insertEvents(db, tenant.id, identities, events, now, 0, 11);
      db.driver.pragma('wal_checkpoint(TRUNCATE)');
      db.driver.pragma('synchronous = FULL');
      return Promise.resolve(next);
    });
    const deps = { db, clock: { now: () => now } };
    const bare = bareRead(db, tenant.id, 0);
    const full = await timed(() => scoreTenant(deps, tenant.id, { full: true }));
    let peak = rssMb();

    const extra = Math.max(1, Math.round(events / 10));
    const runs = 5;
    let incrementalSeconds = 0;
    let bareIncremental = 0;
    let nextId = fixture.result;
    for (let r = 0; r < runs; r++) {
      const before = (await db.get<{ m: number }>('SELECT MAX(seq) AS m FROM events'))?.m ?? 0;
      nextId = insertEvents(
        db,
        tenant.id,
        identities,
        Math.round(extra / runs),
        now,
        nextId,
        100 + r,
      );
      bareIncremental += bareRead(db, tenant.id, before).seconds;
      const run = await timed(() => scoreTenant(deps, tenant.id));
      if (run.result.mode !== 'incremental')
        throw new Error(`expected an incremental run, got ${run.result.mode}`);
      incrementalSeconds += run.seconds;
      peak = Math.max(peak, rssMb());
    }

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
    const eventsOf = db.driver
      .prepare('SELECT * FROM events WHERE tenant_id = ? AND identity_id = ? ORDER BY time, seq')
      .raw(true);
    let maxEvents = 0;
    for (const id of sample) {
      let t = performance.now();
      const rows = eventsOf.all(tenant.id, id);
      bareExplainMs.push(performance.now() - t);
      maxEvents = Math.max(maxEvents, rows.length);
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
    const bareList = db.driver
      .prepare(
        'SELECT * FROM risk_scores WHERE tenant_id = ? ORDER BY risk DESC, identity_id DESC LIMIT 51',
      )
      .raw(true);
    let cursor: string | null = null;
    for (let i = 0; i < 300; i++) {
      let t = performance.now();
      bareList.all(tenant.id);
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
  const [identities = 100_000, events = 10_000_000] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await benchRiskScoring(identities, events), null, 2));
}
