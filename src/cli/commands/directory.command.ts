import fs from 'node:fs';
import type { Command } from 'commander';
import { readDirectoryCsv } from '../../directory/directory-csv.reader.js';
import type { ImportReport } from '../../directory/directory-import.service.js';
import { importDirectory } from '../../directory/directory-import.service.js';
import { AppError } from '../../shared/errors.js';
import { globalOptions, withTenant } from '../context.js';
import { startProgress } from '../progress.js';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';

export function registerDirectory(program: Command): void {
  const directory = program
    .command('directory')
    .description('The directory of people and AI agents');
  directory
    .command('import')
    .description('Import people and agents from a CSV file (columns in the README)')
    .argument('<file>', 'CSV file; - reads standard input')
    .option(
      '--mark-leavers',
      'this is a full export: mark active people missing from it as leavers',
    )
    .action(async (file: string, options: { markLeavers?: boolean }, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const input = openInput(file);
        const progress = startProgress(file, 0, 'rows');
        const report = await importDirectory(db, tenant.id, readDirectoryCsv(input), {
          markLeavers: options.markLeavers ?? false,
          onRow: (n) => progress.update(n),
        }).finally(() => progress.stop());
        await recordAudit(db, tenant.id, {
          action: 'import.directory',
          ...cliActor,
          details: {
            file,
            rows: report.rows,
            created: report.created,
            updated: report.updated,
            rejected: report.rejected,
            leavers: report.leavers,
          },
        });
        printReport(report, file, tenant.slug);
      });
    });
}

function openInput(file: string): NodeJS.ReadableStream & import('node:stream').Readable {
  if (file === '-') return process.stdin;
  if (!fs.existsSync(file)) throw new AppError('VALIDATION_FAILED', `${file}: no such file`);
  return fs.createReadStream(file);
}

function printReport(report: ImportReport, file: string, tenant: string): void {
  for (const error of report.errors.slice(0, 50)) {
    process.stderr.write(
      `${file}:${error.line}: rejected${error.email ? ` (${error.email})` : ''}: ${error.problems.map((p) => `${p.path} ${p.message}`).join('; ')}\n`,
    );
  }
  if (report.errors.length > 50)
    process.stderr.write(`… and ${report.errors.length - 50} more rejected rows\n`);
  for (const warning of report.warnings.slice(0, 50))
    process.stderr.write(
      `${file}:${warning.line}: warning: ${warning.problems.map((p) => `${p.path} ${p.message}`).join('; ')}\n`,
    );
  process.stdout.write(
    `tenant ${tenant}: read ${report.rows} rows\ncreated ${report.created}\nupdated ${report.updated}\nunchanged ${report.unchanged}\nrejected ${report.rejected}\n` +
      (report.leavers ? `marked as leavers ${report.leavers}\n` : '') +
      (report.linkedEvents ? `linked ${report.linkedEvents} waiting events\n` : ''),
  );
}
