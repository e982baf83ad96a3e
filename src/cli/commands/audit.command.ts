import { once } from 'node:events';
import fs from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { INSTALLATION_CHAIN } from '../../audit/audit.js';
import { exportChunks, exportFormats } from '../../audit/audit.export.js';
import type { ExportFormat } from '../../audit/audit.export.js';
import { chainRecords } from '../../audit/audit.repository.js';
import type { ChainReport } from '../../audit/audit.service.js';
import { verifyChains } from '../../audit/audit.service.js';
import { resolveTenant } from '../../tenancy/tenant.service.js';
import { listTenants } from '../../tenancy/tenant.repository.js';
import { globalOptions, withDb, withTenant } from '../context.js';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit log');
  audit
    .command('verify')
    .description(
      "Recompute the audit chains (the --tenant's, or every one) and report the first broken link",
    )
    .action(async (_options: unknown, command: Command) => {
      const options = globalOptions(command);
      await withDb(options, async (db) => {
        const chains = options.tenant ? [(await resolveTenant(db, options.tenant)).id] : undefined;
        const names = new Map((await listTenants(db)).map((t) => [t.id, t.slug]));
        const reports = await verifyChains(db, chains);
        for (const r of reports) process.stdout.write(`${describe(r, names)}\n`);
        const broken = reports.filter((r) => r.broken);
        if (broken.length)
          throw new Error(
            `the audit log was altered in ${broken.length} chain(s): see the lines above`,
          );
        if (reports.length === 0) process.stdout.write('the audit log is empty\n');
      });
    });

  audit
    .command('export')
    .description("Write a tenant's audit log as CSV or JSON, oldest first")
    .addOption(
      new Option('--format <format>', 'csv or json').choices(exportFormats).default('json'),
    )
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (options: { format: ExportFormat; out?: string }, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const out = options.out ? fs.createWriteStream(options.out) : process.stdout;
        for await (const chunk of exportChunks(chainRecords(db, tenant.id), options.format))
          if (!out.write(chunk)) await once(out, 'drain');
        if (out !== process.stdout)
          await new Promise<void>((resolve, reject) => {
            out.once('error', reject);
            out.end(resolve);
          });
      });
    });
}

function describe(report: ChainReport, names: Map<string, string>): string {
  const name =
    report.chain === INSTALLATION_CHAIN
      ? 'installation'
      : `tenant ${names.get(report.chain) ?? report.chain}`;
  if (report.broken)
    return `${name}: BROKEN at row ${report.broken.seq} (${report.broken.kind}): ${report.broken.message}`;
  const head = report.head ? `, head ${report.head.seq} ${report.head.hash}` : '';
  return `${name}: ok, ${report.rows} rows${head}`;
}
