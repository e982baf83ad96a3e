import fs from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { InputFormat } from '../../events/formats/format.js';
import { findFormat, formatNames } from '../../events/formats/index.js';
import type { IngestCounts, IngestResult } from '../../events/ingest.service.js';
import { ingestRecords } from '../../events/ingest.service.js';
import { ThreadPreparer } from '../../events/preparer.js';
import { readRecords } from '../../events/record-reader.js';
import { AppError } from '../../shared/errors.js';
import { systemClock } from '../../shared/clock.js';
import { catalogForTenant } from '../../catalog/catalog.service.js';
import { globalOptions, withTenant } from '../context.js';
import { startProgress } from '../progress.js';
import { scoreAfterIngest } from './score-after.js';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'Ingest events from files (or - for standard input) and print what became of each record',
    )
    .addOption(
      new Option('--format <format>', 'input format').choices(formatNames()).makeOptionMandatory(),
    )
    .argument('<files...>', 'files to read; - reads standard input')
    .action(async (files: string[], options: { format: string }, command: Command) => {
      const format = findFormat(options.format);
      if (!format) throw new AppError('VALIDATION_FAILED', `unknown format ${options.format}`);
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const deps = { db, catalog: await catalogForTenant(db, tenant.id), clock: systemClock };
        const results: IngestResult[] = [];
        // Files can be large: records are parsed and checked on a second thread while the
        // previous ones are written.
        const preparer = new ThreadPreparer();
        try {
          for (const file of files)
            results.push(
              await ingestFile(file, format, (records, onBatch) =>
                ingestRecords(deps, tenant.id, format, records, { onBatch, preparer }),
              ),
            );
        } finally {
          await preparer.close();
        }
        await recordAudit(db, tenant.id, {
          action: 'import.events',
          ...cliActor,
          details: { format: format.name, files, ...ingestTotals(results) },
        });
        printSummary(results, files, tenant.slug);
        if (results.some((r) => r.rejected > 0))
          process.stderr.write(
            'Rejected records are in the dead-letter store: "bulwark dead-letter list", then "bulwark dead-letter replay" once fixed.\n',
          );
        await scoreAfterIngest(db, tenant);
      });
    });
}

type Run = (
  records: ReturnType<typeof readRecords>,
  onBatch: (c: Readonly<IngestCounts>) => void,
) => Promise<IngestResult>;

async function ingestFile(file: string, format: InputFormat, run: Run): Promise<IngestResult> {
  const stdin = file === '-';
  if (!stdin && !fs.existsSync(file))
    throw new AppError('VALIDATION_FAILED', `${file}: no such file`);
  const size = stdin ? 0 : fs.statSync(file).size;
  const progressState = { bytes: 0 };
  const progress = startProgress(stdin ? 'stdin' : file, size, 'bytes');
  const onBatch = (c: Readonly<IngestCounts>) =>
    progress.update(
      progressState.bytes,
      `${c.stored} stored, ${c.duplicate} duplicate, ${c.rejected} rejected`,
    );
  try {
    const input = stdin ? process.stdin : fs.createReadStream(file, { highWaterMark: 1 << 20 });
    return await run(
      readRecords(input, stdin ? 'stdin' : file, progressState, format.encoding === 'json'),
      onBatch,
    );
  } finally {
    progress.stop();
  }
}

function printSummary(results: IngestResult[], files: string[], tenant: string): void {
  const total = results.reduce(
    (a, r) => ({
      records: a.records + r.records,
      stored: a.stored + r.stored,
      duplicate: a.duplicate + r.duplicate,
      rejected: a.rejected + r.rejected,
      ignored: a.ignored + r.ignored,
      events: a.events + r.events,
    }),
    { records: 0, stored: 0, duplicate: 0, rejected: 0, ignored: 0, events: 0 },
  );
  results.forEach((r, i) => {
    for (const rejection of r.rejections.slice(0, 10))
      process.stderr.write(`${files[i]}:${rejection.line}: ${rejection.reason}\n`);
    if (r.rejected > 10)
      process.stderr.write(`${files[i]}: … and ${r.rejected - 10} more rejected\n`);
  });
  process.stdout.write(`tenant ${tenant}: read ${total.records} records\n`);
  process.stdout.write(
    `accepted ${total.stored}\nduplicate ${total.duplicate}\nrejected ${total.rejected}\n`,
  );
  if (total.ignored > 0 || total.events !== total.records - total.rejected)
    process.stdout.write(
      `ignored ${total.ignored} (understood, not a behaviour)\nevents ${total.events} from ${total.records - total.rejected - total.ignored} records\n`,
    );
}

function ingestTotals(results: IngestResult[]): Record<string, number> {
  const sum = (pick: (r: IngestResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  return {
    records: sum((r) => r.records),
    stored: sum((r) => r.stored),
    duplicate: sum((r) => r.duplicate),
    rejected: sum((r) => r.rejected),
  };
}
