// `npm run bench`: every benchmark the issues name, on SQLite and PostgreSQL, written to
// bench/results.md with raw figures, each beside its baseline from the same run.
import fs from 'node:fs';
import os from 'node:os';
import { dashboardSection } from './dashboard.bench.js';
import { benchIngest, type IngestBenchResult } from './ingest.bench.js';
import { riskScoringSection, demoBacktestSection } from './risk-sections.js';
import { fmt, machine, peakRssMb, postgresReachable, timed } from './support.js';

const INGEST_EVENTS = Number(process.env.BULWARK_BENCH_INGEST_EVENTS ?? 500_000);

interface Section {
  title: string;
  lines: string[];
}

async function ingestSection(): Promise<Section> {
  const results: IngestBenchResult[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (dialect === 'postgres' && !(await postgresReachable())) continue;
    process.stderr.write(`bench: native ingest on ${dialect} (${fmt(INGEST_EVENTS)} events)…\n`);
    results.push(await benchIngest(dialect, INGEST_EVENTS));
  }
  const target = { sqlite: 100_000, postgres: 50_000 };
  return {
    title: 'Native ingest from an NDJSON file',
    lines: [
      `${fmt(INGEST_EVENTS)} events (${fmt(results[0]?.fileMb ?? 0, 1)} MB). Bare pipeline: \`JSON.parse\` of each line, then a prepared-statement insert loop in one transaction (SQLite) or COPY (PostgreSQL), into the same freshly migrated \`events\` table with the same indexes. Bulwark: \`ingestRecords\` as \`bulwark ingest\` runs it (records parsed, validated, checked against the catalogue and given ids on a second thread while earlier ones are written; subject resolution; idempotent insert, through COPY under a savepoint on PostgreSQL; dead letters; one durable commit per 20,000 events). Both write into \`events\` keyed by the tenant's number (migration 011).`,
      '',
      '| engine | Bulwark events/s | bare events/s | ratio | target | meets target |',
      '| --- | ---: | ---: | ---: | --- | --- |',
      ...results.map(
        (r) =>
          `| ${r.dialect} | ${fmt(r.bulwarkRate)} | ${fmt(r.bareRate)} | ${fmt(r.ratio, 2)} | ≥ ${fmt(target[r.dialect])}/s and ≥ 0.5 | ${r.bulwarkRate >= target[r.dialect] && r.ratio >= 0.5 ? 'yes' : 'no'} |`,
      ),
    ],
  };
}

const sections: ((() => Promise<Section>) | undefined)[] = [
  ingestSection,
  riskScoringSection,
  demoBacktestSection,
  dashboardSection,
];

const started = new Date().toISOString();
/** Other work on the machine skews absolute rates (ratios less so): said in the report. */
const loadAtStart = os.loadavg()[0] ?? 0;
const done: (Section & { seconds: number })[] = [];

/** The report so far: written after every section, so that a late failure keeps the rest. */
function write(totalSeconds: number, finished: boolean): string {
  const report = [
    '# Benchmark results',
    '',
    `Run ${started} on ${machine()}; 1-minute load average ${fmt(loadAtStart, 1)} at the start. ${finished ? 'Total' : 'Unfinished; so far'} ${fmt(totalSeconds, 0)} s; peak RSS of the benchmark process ${fmt(peakRssMb())} MB.`,
    'Every figure is measured in this run; ratios compare with a baseline measured in the same run on the same data.',
    '',
    ...done.flatMap((s) => [`## ${s.title}`, '', `(${fmt(s.seconds, 0)} s)`, '', ...s.lines, '']),
  ].join('\n');
  fs.writeFileSync('bench/results.md', report);
  return report;
}

const { seconds } = await timed(async () => {
  const begin = Date.now();
  for (const section of sections) {
    if (!section) continue;
    const { seconds: took, result } = await timed(section);
    done.push({ ...result, seconds: took });
    write((Date.now() - begin) / 1000, false);
  }
});
process.stdout.write(`${write(seconds, true)}\n`);
