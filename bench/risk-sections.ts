// The risk engine's sections of bench/results.md (`npm run bench`).
import { benchDemoBacktest, type DemoBacktestResult } from './risk-demo-backtest.js';
import { benchRiskScoring, type RiskBenchResult } from './risk-scoring.bench.js';
import { fmt, postgresReachable } from './support.js';

const IDENTITIES = Number(process.env.BULWARK_BENCH_RISK_IDENTITIES ?? 100_000);
const EVENTS = Number(process.env.BULWARK_BENCH_RISK_EVENTS ?? 10_000_000);
/** PostgreSQL gets the same people and a tenth of the events, to keep the whole run in budget. */
const PG_EVENTS = Number(process.env.BULWARK_BENCH_RISK_PG_EVENTS ?? EVENTS / 10);

interface Section {
  title: string;
  lines: string[];
}

const yes = (ok: boolean): string => (ok ? 'yes' : 'no');

export async function riskScoringSection(): Promise<Section> {
  const lines: string[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (dialect === 'postgres' && !(await postgresReachable())) {
      lines.push('PostgreSQL was not reachable: risk scoring ran on SQLite only.', '');
      continue;
    }
    const events = dialect === 'sqlite' ? EVENTS : PG_EVENTS;
    process.stderr.write(
      `bench: risk scoring on ${dialect} (${fmt(IDENTITIES)} identities, ${fmt(events)} events)…\n`,
    );
    lines.push(...scoringLines(await benchRiskScoring(dialect, IDENTITIES, events)), '');
  }
  return { title: 'Risk scoring from the database', lines };
}

function scoringLines(r: RiskBenchResult): string[] {
  const how =
    r.dialect === 'sqlite'
      ? `written straight into the tables with the raw driver in ${fmt(r.fixtureSeconds, 0)} s, then checkpointed. Bare read: the same event rows in sequence order through better-sqlite3 \`raw().iterate()\`, doing nothing with them`
      : `written in batches of 20,000 through the query layer (unnest inserts) in ${fmt(r.fixtureSeconds, 0)} s, then analysed. Bare read: the same event rows in sequence order, in pages of 20,000 through pg, doing nothing with them`;
  return [
    `### ${r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    '',
    `${fmt(r.identities)} identities and ${fmt(r.events)} events (bench/risk-fixture.ts: a demo-like behaviour mix over one year, a few heavy identities and many light; ingest has its own benchmark above), ${how}: ${fmt(r.bareReadRate)} rows/s. Each incremental row below adds its new events to the store in turn (the fixture's generator, later seeds); explanations and lists are measured after all of them.`,
    '',
    '| measure | Bulwark | bare read of the same rows | target | meets target |',
    '| --- | ---: | ---: | --- | --- |',
    `| full recompute (\`scoreTenant --full\`: read every event, rebuild every state, score, roll up, percentiles, write states and scores, cohorts) | ${fmt(r.full.rate)} events/s (${fmt(r.full.seconds, 1)} s) | ${fmt(r.bareReadRate)} rows/s | ≥ 1,000,000 events/s | ${yes(r.full.rate >= 1_000_000)} |`,
    `| incremental, as the server runs it (${fmt(r.incremental.events)} new events in ${r.incremental.runs} catch-up runs in one process, each starting from what the last one left in memory: fold, rescore touched identities, whole-tenant roll-up and percentiles, cohorts, write changed states and scores) | ${fmt(r.incremental.rate)} events/s (${fmt(r.incremental.seconds, 1)} s) | ${fmt(r.incremental.bareRate)} rows/s | ≥ 200,000 events/s | ${yes(r.incremental.rate >= 200_000)} |`,
    `| incremental, one run over a backlog of ${fmt(r.backlog.events)} new events (same process) | ${fmt(r.backlog.rate)} events/s (${fmt(r.backlog.seconds, 1)} s) | ${fmt(r.backlog.bareRate)} rows/s | ≥ 200,000 events/s | ${yes(r.backlog.rate >= 200_000)} |`,
    `| incremental, one run of ${fmt(r.cold.events)} new events with no memory of the last run (\`bulwark score\` in a new process: also reads every member, score and touched state) | ${fmt(r.cold.rate)} events/s (${fmt(r.cold.seconds, 1)} s) | | reported | |`,
    `| explanation of one identity through the API (\`GET /api/v1/identities/{id}/risk\`, 300 identities incl. the heaviest, up to ${fmt(r.explain.maxEvents)} events) | p50 ${fmt(r.explain.p50, 1)} ms, p99 ${fmt(r.explain.p99, 1)} ms | p99 ${fmt(r.explain.bareP99, 1)} ms (its event rows) | p99 < 20 ms | ${yes(r.explain.p99 < 20)} |`,
    `| people sorted by risk through the API (\`GET /api/v1/risk/identities?limit=50\`, first and following pages, 300 requests) | p50 ${fmt(r.list.p50, 1)} ms, p99 ${fmt(r.list.p99, 1)} ms; with department and level filters p99 ${fmt(r.list.filteredP99, 1)} ms | p99 ${fmt(r.list.bareP99, 2)} ms (51 score rows by index) | p99 < 50 ms | ${yes(r.list.p99 < 50)} |`,
    `| peak resident memory of the benchmark process during these steps | ${fmt(r.rssMb)} MB | | reported | |`,
  ];
}

export async function demoBacktestSection(): Promise<Section> {
  const runs: DemoBacktestResult[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (dialect === 'postgres' && !(await postgresReachable())) continue;
    process.stderr.write(
      `bench: demo organisation backtest on ${dialect} (2,000 people, 180 days)…\n`,
    );
    runs.push(await benchDemoBacktest(dialect));
  }
  const [d, ...others] = runs;
  if (!d) throw new Error('no database to run the demo backtest on');
  const r = d.report;
  // Same ranking quality on both: AUC and top-decile shares (to rounding: sums run in the order the
  // database lists people, as do the random baseline's draws and ties inside a calibration decile).
  const close = (x: number, y: number) => Math.abs(x - y) < 1e-9;
  const same = (o: DemoBacktestResult) =>
    o.report.incidents === r.incidents &&
    close(o.report.impact, r.impact) &&
    o.report.rankings.every((k, i) => {
      const m = r.rankings[i];
      if (!m || m.name !== k.name) return false;
      if (k.name === 'random') return true;
      return (
        close(k.auc, m.auc) &&
        close(k.topDecileIncidents, m.topDecileIncidents) &&
        close(k.topDecileImpact, m.topDecileImpact)
      );
    });
  const row = (name: string): string => {
    const k = r.rankings.find((x) => x.name === name);
    return k
      ? `| ${name} | ${fmt(k.auc, 3)} | ${fmt(k.topDecileIncidents, 3)} | ${fmt(k.topDecileImpact, 3)} |`
      : '';
  };
  const likelihood = r.rankings[0];
  const ceiling = r.rankings.find((k) => k.name.startsWith('ceiling'));
  return {
    title: 'Backtest on the demo organisation',
    lines: [
      `${d.people} people, ${d.days} days, seed 1, loaded as \`bulwark demo\` loads it, on each database (times in the table below; ${fmt(d.events)} events scored). Scored as of ${d.asOf} (day 90) from the stored events; incidents in the following ${d.horizonDays} days: ${r.incidents} on ${r.identitiesWithIncident} people, impact ${fmt(r.impact, 1)} (1 + 4 × the person's share of a full blast radius from the directory's entitlements).`,
      '',
      '| ranking | AUC | top-10 % incidents | top-10 % impact |',
      '| --- | ---: | ---: | ---: |',
      ...r.rankings.map((k) => row(k.name)),
      '',
      `The ceiling is the demo's hidden incident hazard of each person (never stored, regenerated from the seed): no ranking can expect to beat it. The likelihood reaches ${fmt(likelihood?.auc ?? 0, 3)} of its ${fmt(ceiling?.auc ?? 0, 3)} AUC (${fmt((100 * ((likelihood?.auc ?? 0.5) - 0.5)) / ((ceiling?.auc ?? 1) - 0.5), 0)} % of the way from random to the ceiling).`,
      '',
      `Likelihood AUC over the best baseline: ${fmt(r.margins.likelihoodAuc, 3)} (target ≥ 0.80 and ≥ 0.03 over every baseline: ${yes((likelihood?.auc ?? 0) >= 0.8 && r.margins.likelihoodAuc >= 0.03)}). Index top-decile impact over the best baseline: ${fmt(r.margins.riskTopDecileImpact, 3)} (target > 0: ${yes(r.margins.riskTopDecileImpact > 0)}).`,
      '',
      `| engine | demo load (directory, access, ${fmt(d.records)} vendor records through the normalisers, 90 days of history) | first scoring run (full) | backtest | same AUC and top-decile shares as SQLite |`,
      '| --- | ---: | ---: | ---: | --- |',
      ...runs.map(
        (o) =>
          `| ${o.dialect} | ${fmt(o.loadSeconds, 1)} s | ${fmt(o.scoreSeconds, 1)} s (${fmt(o.events / o.scoreSeconds)} events/s) | ${fmt(o.backtestSeconds, 1)} s | ${o === d ? '—' : yes(same(o))} |`,
      ),
      ...(others.length === 0
        ? ['', 'PostgreSQL was not reachable: the backtest ran on SQLite only.']
        : []),
      '',
      `Calibration of the likelihood (decile: mean score → observed incident rate): ${(likelihood?.calibration ?? []).map((c) => `${c.decile}: ${fmt(c.meanScore, 1)} → ${fmt(100 * c.observedRate, 1)} %`).join('; ')}.`,
    ],
  };
}
