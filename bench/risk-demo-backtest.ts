// The backtest of the Human Risk Index on the demo organisation loaded the way `bulwark demo`
// loads it (directory and access imports, vendor records through the normalisers), scored through
// src/scoring, then backtested from the database (src/scoring/backtest.service.ts).
import { defaultCatalog } from '../src/catalog/catalog.js';
import { loadDemo } from '../src/demo/demo.service.js';
import { generateOrganisation } from '../src/demo/org/organisation.js';
import { parseDemoOptions } from '../src/demo/options.js';
import { DAY_MS, type BacktestReference, type BacktestReport } from '../src/risk/index.js';
import type { Db } from '../src/storage/db.js';
import { runBacktest } from '../src/scoring/backtest.service.js';
import { scoreTenant } from '../src/scoring/scoring.service.js';
import { freshDatabase, timed, type Dialect } from './support.js';

export interface DemoBacktestResult {
  dialect: Dialect;
  people: number;
  days: number;
  asOf: string;
  horizonDays: number;
  events: number;
  /** Vendor records the demo generated and ingested through the normalisers. */
  records: number;
  loadSeconds: number;
  /** The first scoring run after the load (a full recompute of every identity). */
  scoreSeconds: number;
  backtestSeconds: number;
  report: BacktestReport;
}

export async function benchDemoBacktest(
  dialect: Dialect,
  people = 2000,
  days = 180,
  asOfDay = 90,
  horizonDays = 90,
): Promise<DemoBacktestResult> {
  const bench = await freshDatabase(dialect);
  try {
    const endDate = new Date().toISOString().slice(0, 10);
    const options = parseDemoOptions({ people, days, seed: 1, endDate });
    const clock = { now: () => Date.now() };
    const load = await timed(() => loadDemo(bench.db, defaultCatalog, clock, options));
    const tenantId = load.result.tenant.id;
    const scored = await timed(() => scoreTenant({ db: bench.db, clock }, tenantId));
    const periodStart = Date.parse(`${endDate}T00:00:00Z`) - (days - 1) * DAY_MS;
    const asOf = periodStart + asOfDay * DAY_MS;
    const ceiling = await hiddenHazard(bench.db, tenantId, options);
    const backtest = await timed(() =>
      runBacktest({ db: bench.db, clock }, tenantId, { asOf, horizonDays, references: [ceiling] }),
    );
    return {
      dialect,
      people,
      days,
      asOf: new Date(asOf).toISOString(),
      horizonDays,
      events: scored.result.events,
      records: load.result.signals,
      loadSeconds: load.seconds,
      scoreSeconds: scored.seconds,
      backtestSeconds: backtest.seconds,
      report: backtest.result,
    };
  } finally {
    await bench.drop();
  }
}

/**
 * The demo's hidden incident hazard of each person (generated again from the same options, which
 * are deterministic), by identity id: the ranking no index can beat on this organisation.
 */
async function hiddenHazard(
  db: Db,
  tenantId: string,
  options: ReturnType<typeof parseDemoOptions>,
): Promise<BacktestReference> {
  const hazard = new Map(
    generateOrganisation(options).members.map((m) => [m.email, m.traits.hazard]),
  );
  const rows = await db.all<{ id: string; email: string | null }>(
    'SELECT id, email FROM identities WHERE tenant_id = ?',
    [tenantId],
  );
  const byId = new Map(rows.map((r) => [r.id, hazard.get(r.email ?? '') ?? 0]));
  return { name: 'ceiling (hidden hazard)', scoreOf: (id) => byId.get(id) ?? 0 };
}
