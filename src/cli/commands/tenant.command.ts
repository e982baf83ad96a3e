import type { Command } from 'commander';
import { listTenants } from '../../tenancy/tenant.repository.js';
import { createTenant } from '../../tenancy/tenant.service.js';
import { globalOptions, withDb } from '../context.js';

export function registerTenant(program: Command): void {
  const tenant = program.command('tenant').description('Tenants of this installation');
  tenant.command('list').action(async (_options: unknown, command: Command) => {
    await withDb(globalOptions(command), async (db) => {
      for (const t of await listTenants(db))
        process.stdout.write(`${t.slug}  ${t.name}${t.isDemo ? '  (demo)' : ''}\n`);
    });
  });
  tenant
    .command('create')
    .argument('<slug>', 'short name: lower-case letters, digits and hyphens')
    .option('--name <name>', 'display name')
    .action(async (slug: string, options: { name?: string }, command: Command) => {
      await withDb(globalOptions(command), async (db) => {
        const created = await createTenant(db, slug, options.name ?? slug);
        process.stdout.write(`created tenant ${created.slug}\n`);
      });
    });
}
