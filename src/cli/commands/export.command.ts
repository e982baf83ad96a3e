import type { Command } from 'commander';
import { scoreAsOf } from '../../scoring/as-of.service.js';
import { exportRows, riskCsv } from '../../scoring/export.js';
import { systemClock } from '../../shared/clock.js';
import { globalOptions, withTenant } from '../context.js';
import { parseAsOf, parseFormat } from './score-options.js';

export function registerExport(program: Command): void {
  const group = program.command('export').description('Export data');
  group
    .command('risk')
    .description(
      'Every identity’s risk: email,kind,risk,likelihood,behavior,threat,access,level (as of now, or a past date)',
    )
    .option('--as-of <date>', 'only events up to this date (default: now)')
    .option('--format <format>', 'csv or json', 'csv')
    .action(async (flags: { asOf?: string; format: string }, command: Command) => {
      const format = parseFormat(flags.format, ['csv', 'json'] as const);
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const at = flags.asOf === undefined ? systemClock.now() : parseAsOf(flags.asOf);
        const report = await scoreAsOf({ db, clock: systemClock }, tenant.id, at);
        const rows = exportRows(report.scores);
        process.stdout.write(
          format === 'csv' ? riskCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`,
        );
      });
    });
}
