import type { Command } from 'commander';
import { resetWeight, setWeights } from '../../scoring/weights.service.js';
import { scoreTenant } from '../../scoring/scoring.service.js';
import { systemClock } from '../../shared/clock.js';
import { globalOptions, withTenant } from '../context.js';
import { printReport } from './score.command.js';

/**
 * `bulwark catalog set-weight TYPE WEIGHT [TYPE WEIGHT …]` and `reset-weight TYPE`, added under the
 * existing `catalog` command. All pairs are checked before any is stored; scores follow at once.
 */
export function registerCatalogWeights(program: Command): void {
  const catalog =
    program.commands.find((c) => c.name() === 'catalog') ?? program.command('catalog');
  catalog
    .command('set-weight')
    .description("Override behaviours' weights for this tenant (0–100), then rescore")
    .argument('<type>', 'behaviour type')
    .argument('<weight>', 'points of one medium-severity event at full strength')
    .argument('[more...]', 'further TYPE WEIGHT pairs')
    .action(async (type: string, weight: string, more: string[], _o: unknown, command: Command) => {
      const pairs = [type, weight, ...more];
      const weights: Record<string, unknown> = {};
      for (let i = 0; i < pairs.length; i += 2) {
        const value = pairs[i + 1];
        weights[pairs[i] ?? ''] =
          value === undefined || value.trim() === '' ? value : Number(value);
      }
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        await setWeights(db, tenant.id, weights, systemClock.now());
        process.stdout.write(`weights set: ${Object.keys(weights).join(', ')}\n`);
        printReport(tenant.slug, await scoreTenant({ db, clock: systemClock }, tenant.id));
      });
    });
  catalog
    .command('reset-weight')
    .description('Return a behaviour to its built-in weight, then rescore')
    .argument('<type>', 'behaviour type')
    .action(async (type: string, _o: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        await resetWeight(db, tenant.id, type);
        process.stdout.write(`weight of ${type} reset\n`);
        printReport(tenant.slug, await scoreTenant({ db, clock: systemClock }, tenant.id));
      });
    });
}
