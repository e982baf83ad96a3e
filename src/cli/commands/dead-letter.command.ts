import type { Command } from 'commander';
import { listDeadLetters } from '../../events/dead-letter.repository.js';
import { replayDeadLetters } from '../../events/dead-letter.service.js';
import { presentDeadLetter } from '../../events/event.presenter.js';
import { catalogForTenant } from '../../catalog/catalog.service.js';
import { systemClock } from '../../shared/clock.js';
import { globalOptions, withTenant } from '../context.js';
import { scoreAfterIngest } from './score-after.js';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { replayDetails } from '../../audit/details.js';

export function registerDeadLetter(program: Command): void {
  const group = program.command('dead-letter').description('Records that were rejected at ingest');
  group
    .command('list')
    .description('List dead letters with their reasons')
    .option('--all', 'include letters already replayed')
    .option('--limit <n>', 'most to show', '100')
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { all?: boolean; limit: string; format: string }, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const letters = await listDeadLetters(db, tenant.id, {
          ...(options.all ? {} : { status: 'pending' }),
          limit: Math.max(1, Number(options.limit) || 100),
        });
        if (options.format === 'json')
          return void process.stdout.write(
            `${JSON.stringify(letters.map(presentDeadLetter), null, 2)}\n`,
          );
        if (letters.length === 0) return void process.stdout.write('no dead letters\n');
        for (const l of letters)
          process.stdout.write(
            `#${l.id} ${l.status} ${l.format} ${l.origin}${l.line ? `:${l.line}` : ''}\n  reason: ${l.reason}\n  raw: ${l.raw.slice(0, 200)}\n`,
          );
      });
    });
  group
    .command('replay')
    .description('Ingest dead letters again: the given ids, or every pending one')
    .argument('[ids...]', 'dead-letter ids')
    .action(async (ids: string[], _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const deps = { db, catalog: await catalogForTenant(db, tenant.id), clock: systemClock };
        const results = await replayDeadLetters(
          deps,
          tenant.id,
          ids.length ? ids.map(Number) : undefined,
        );
        await recordAudit(db, tenant.id, {
          action: 'deadletters.replayed',
          ...cliActor,
          details: replayDetails(results),
        });
        for (const r of results)
          process.stdout.write(`#${r.id} ${r.outcome}${r.reason ? `: ${r.reason}` : ''}\n`);
        const by = (o: string) => results.filter((r) => r.outcome === o).length;
        process.stdout.write(
          `replayed ${results.length}: stored ${by('stored')}, duplicate ${by('duplicate')}, ignored ${by('ignored')}, still rejected ${by('rejected')}\n`,
        );
        await scoreAfterIngest(db, tenant);
      });
    });
}
