import fs from 'node:fs';
import type { Command } from 'commander';
import { importAccess } from '../../directory/access-import.service.js';
import { readAccessFile } from '../../directory/access-reader.js';
import { AppError } from '../../shared/errors.js';
import { globalOptions, withTenant } from '../context.js';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';

export function registerAccess(program: Command): void {
  const access = program.command('access').description('Entitlements of identities to resources');
  access
    .command('import')
    .description(
      'Apply an access snapshot (CSV or NDJSON: email,resource,criticality,entitlement,admin)',
    )
    .argument('<file>', 'snapshot file; - reads standard input')
    .option('--format <format>', 'csv or ndjson (default: from the file name)')
    .action(async (file: string, options: { format?: string }, command: Command) => {
      const format = options.format ?? (/\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : 'csv');
      if (format !== 'csv' && format !== 'ndjson')
        throw new AppError('VALIDATION_FAILED', `--format must be csv or ndjson, got "${format}"`);
      if (file !== '-' && !fs.existsSync(file))
        throw new AppError('VALIDATION_FAILED', `${file}: no such file`);
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const input = file === '-' ? process.stdin : fs.createReadStream(file);
        const report = await importAccess(db, tenant.id, readAccessFile(input, format, file));
        for (const e of report.errors.slice(0, 50))
          process.stderr.write(
            `${file}:${e.line}: rejected: ${e.problems.map((p) => `${p.path} ${p.message}`).join('; ')}\n`,
          );
        for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
        await recordAudit(db, tenant.id, {
          action: 'import.access',
          ...cliActor,
          details: {
            file,
            rows: report.rows,
            granted: report.granted,
            rejected: report.rejected,
            cleared: report.cleared,
          },
        });
        process.stdout.write(
          `tenant ${tenant.slug}: read ${report.rows} rows\ngranted ${report.granted} entitlements to ${report.identities} identities over ${report.resources} resources\nrejected ${report.rejected}\ncleared ${report.cleared}\n`,
        );
      });
    });
}
