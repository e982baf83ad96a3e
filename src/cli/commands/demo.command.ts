import type { Command } from 'commander';
import { catalogForTenant } from '../../catalog/catalog.service.js';
import type { DemoLoadReport } from '../../demo/demo.service.js';
import { loadDemo } from '../../demo/demo.service.js';
import { DEFAULT_HISTORY_DAYS, parseDemoOptions, parseHistoryDays } from '../../demo/options.js';
import { systemClock } from '../../shared/clock.js';
import type { Db } from '../../storage/db.js';
import { globalOptions, withDb } from '../context.js';
import { scoreAfterIngest } from './score-after.js';

export interface DemoFlags {
  people?: string;
  days?: string;
  seed?: string;
  history?: string;
  force?: boolean;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Generate a realistic demo organisation and load it through the real import and ingest paths',
    )
    .option('--people <n>', 'number of people (AI agents come on top)', '2000')
    .option('--days <n>', 'length of the period in days, ending today', '180')
    .option('--seed <n>', 'seed: the same seed gives the same organisation', '1')
    .option(
      '--history <days>',
      'days of daily scores to fill in at the end of the period (0 for none)',
      String(DEFAULT_HISTORY_DAYS),
    )
    .option(
      '--force',
      'load even though the database holds real tenants (the demo gets its own tenant)',
    )
    .action(async (flags: DemoFlags, command: Command) => {
      const global = globalOptions(command);
      await withDb(global, async (db) => {
        const report = await runDemo(db, flags, global.tenant);
        printDemoReport(report);
      });
    });
}

/** Loads the demo with a progress line on standard error; shared with `serve` on first start. */
export async function runDemo(db: Db, flags: DemoFlags, slug?: string): Promise<DemoLoadReport> {
  const options = parseDemoOptions({
    people: flags.people,
    days: flags.days,
    seed: flags.seed,
    // The period ends with yesterday (UTC), so that no generated record lies in the future.
    endDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  });
  const started = Date.now();
  let last = 0;
  const report = await loadDemo(db, await catalogForTenant(db, ''), systemClock, options, {
    ...(slug ? { slug } : {}),
    force: flags.force ?? false,
    historyDays: parseHistoryDays(flags.history),
    onProgress: (stage, done) => {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      process.stderr.write(`demo: ${stage} ${done.toLocaleString('en-GB')}…\n`);
    },
  });
  process.stderr.write(`demo: loaded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  await scoreAfterIngest(db, report.tenant);
  return report;
}

export function printDemoReport(r: DemoLoadReport): void {
  const totals = Object.values(r.ingest).reduce(
    (a, c) => ({
      stored: a.stored + c.stored,
      rejected: a.rejected + c.rejected,
      ignored: a.ignored + c.ignored,
    }),
    { stored: 0, rejected: 0, ignored: 0 },
  );
  process.stdout.write(
    `demo tenant "${r.tenant.slug}": ${r.directory.created} identities, ${r.access.granted} entitlements, ${r.signals.toLocaleString('en-GB')} vendor records → ${totals.stored.toLocaleString('en-GB')} events stored, ${totals.ignored} ignored, ${totals.rejected} rejected\n`,
  );
  const days = r.history.days;
  if (days.length > 0)
    process.stdout.write(
      `  history: daily scores of ${days.length} days filled in (${days[0]} to ${days.at(-1)}), as of each day's end\n`,
    );
  for (const [format, c] of Object.entries(r.ingest)) {
    process.stdout.write(
      `  ${format.padEnd(15)} records ${c.records}  events ${c.stored}  ignored ${c.ignored}  rejected ${c.rejected}\n`,
    );
    for (const rej of c.rejections.slice(0, 3))
      process.stdout.write(`    rejected: ${rej.reason}\n`);
  }
}
