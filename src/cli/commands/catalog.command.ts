import type { Command } from 'commander';
import { catalogForTenant } from '../../catalog/catalog.service.js';
import { globalOptions, withTenant } from '../context.js';

export function registerCatalog(program: Command): void {
  program
    .command('catalog')
    .description("List the behaviour catalogue with this tenant's weights")
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { format: string }, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const behaviours = (await catalogForTenant(db, tenant.id)).list();
        if (options.format === 'json')
          return void process.stdout.write(`${JSON.stringify(behaviours, null, 2)}\n`);
        const rows = behaviours.map((b) => [
          b.type,
          b.category,
          String(b.weight),
          `${b.halfLifeDays}d`,
          b.polarity,
          b.incident ? 'incident' : '',
        ]);
        const header = ['type', 'category', 'weight', 'half-life', 'polarity', ''];
        const widths = header.map((h, i) =>
          Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
        );
        for (const row of [header, ...rows])
          process.stdout.write(
            `${row
              .map((c, i) => c.padEnd(widths[i] ?? 0))
              .join('  ')
              .trimEnd()}\n`,
          );
      });
    });
}
