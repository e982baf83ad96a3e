import type { Command } from 'commander';
import { levels } from '../../risk/index.js';
import { scoreAsOf } from '../../scoring/as-of.service.js';
import { scoreTenant, type ScoreReport } from '../../scoring/scoring.service.js';
import { systemClock } from '../../shared/clock.js';
import { globalOptions, withTenant } from '../context.js';
import { parseAsOf } from './score-options.js';

interface ScoreFlags {
  asOf?: string;
  full?: boolean;
  snapshot?: boolean;
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('Bring risk scores up to date (or compute them as of a past date)')
    .option('--as-of <date>', 'score with only the events up to this date; current scores are kept')
    .option('--full', 'rebuild every state from every event instead of catching up')
    .option(
      '--snapshot',
      'with --as-of: store the result as that day’s snapshot and trend point (fills history)',
    )
    .action(async (flags: ScoreFlags, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const deps = { db, clock: systemClock };
        if (flags.asOf !== undefined) {
          const at = parseAsOf(flags.asOf);
          const report = await scoreAsOf(deps, tenant.id, at, { snapshot: flags.snapshot });
          const counts = levels.map(
            (l) => `${l} ${report.scores.filter((s) => s.level === l).length}`,
          );
          process.stdout.write(
            `tenant ${tenant.slug}: ${report.scores.length} identities scored as of ${new Date(at).toISOString()} from ${report.events} events\n${counts.join(', ')}\n`,
          );
          if (flags.snapshot)
            process.stdout.write('stored as that day’s snapshot and trend point\n');
          return;
        }
        printReport(
          tenant.slug,
          await scoreTenant(deps, tenant.id, { full: flags.full, all: true }),
        );
      });
    });
}

export function printReport(slug: string, r: ScoreReport): void {
  process.stdout.write(
    `tenant ${slug}: ${r.mode} run at ${new Date(r.at).toISOString()}: ${r.events} new events, ${r.rescored} of ${r.identities} identities rescored, ${r.written} scores written (model up to event #${r.lastSeq})\n`,
  );
  for (const c of r.cohorts)
    process.stdout.write(
      c.error
        ? `  cohort "${c.name}": not evaluated: ${c.error}\n`
        : `  cohort "${c.name}": ${c.members} members (+${c.joined} −${c.left})\n`,
    );
}
