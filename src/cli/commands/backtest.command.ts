import type { Command } from 'commander';
import { backtestText, presentBacktest } from '../../scoring/backtest.presenter.js';
import { runBacktest } from '../../scoring/backtest.service.js';
import { AppError } from '../../shared/errors.js';
import { systemClock } from '../../shared/clock.js';
import { globalOptions, withTenant } from '../context.js';
import { parseAsOf, parseFormat } from './score-options.js';

export function registerBacktest(program: Command): void {
  program
    .command('backtest')
    .description(
      'Score as of a date and measure how well that ranks the incidents of the following days, beside simple baselines',
    )
    .requiredOption('--as-of <date>', 'score with the events up to this date')
    .option('--horizon <days>', 'days after --as-of in which incidents count', '90')
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: { asOf: string; horizon: string; format: string }, command: Command) => {
      const format = parseFormat(flags.format, ['text', 'json'] as const);
      const asOf = parseAsOf(flags.asOf);
      const horizonDays = Number(flags.horizon);
      if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 3650)
        throw new AppError(
          'VALIDATION_FAILED',
          '--horizon: must be a whole number of days, 1–3650',
          [{ path: '--horizon', message: 'must be a whole number of days, 1–3650' }],
        );
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const report = presentBacktest(
          await runBacktest({ db, clock: systemClock }, tenant.id, { asOf, horizonDays }),
        );
        process.stdout.write(
          format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : backtestText(report),
        );
      });
    });
}
