import { Readable } from 'node:stream';
import type { Catalog } from '../catalog/catalog.js';
import type { AccessImportReport } from '../directory/access-import.service.js';
import { importAccess } from '../directory/access-import.service.js';
import { readAccessFile } from '../directory/access-reader.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import type { ImportReport } from '../directory/directory-import.service.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { findFormat } from '../events/formats/index.js';
import { fillHistory, type HistoryReport } from '../scoring/history.service.js';
import type { RawRecord } from '../events/formats/format.js';
import type { IngestResult } from '../events/ingest.service.js';
import { emptyCounts, ingestRecords } from '../events/ingest.service.js';
import { AppError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import type { Tenant } from '../tenancy/tenant.js';
import { findTenantBySlug, listTenants } from '../tenancy/tenant.repository.js';
import { createTenant } from '../tenancy/tenant.service.js';
import { accessHeader, csvLines, directoryHeader } from './csv.js';
import { demoHistoryRange } from './history.js';
import { parseHistoryDays, type DemoOptions } from './options.js';
import { generateOrganisation } from './org/organisation.js';
import { generateSignals } from './signals.js';

export const DEMO_SLUG = 'demo';

export interface DemoLoadOptions {
  slug?: string;
  /** Load even though the database holds real tenants (the demo still gets a tenant of its own). */
  force?: boolean;
  /**
   * Days of daily history to fill in at the end of the period (default 90, 0 for none): each day
   * over by the clock gets every identity's snapshot and the tenant's trend point, scored as of
   * its end from the events loaded, so that the dashboard shows the organisation's past.
   */
  historyDays?: number;
  onProgress?: (stage: string, done: number) => void;
}

export interface DemoLoadReport {
  tenant: Tenant;
  directory: ImportReport;
  access: AccessImportReport;
  signals: number;
  ingest: Record<string, IngestResult>;
  history: HistoryReport;
}

const FLUSH = 2000;

/**
 * Generates the demo organisation and loads it through the same doors real data uses: the
 * directory CSV import, the access snapshot import and the vendor normalisers. Nothing is
 * inserted into tables directly. The demo lives in its own tenant, marked as a demo.
 */
export async function loadDemo(
  db: Db,
  catalog: Catalog,
  clock: Clock,
  options: DemoOptions,
  load: DemoLoadOptions = {},
): Promise<DemoLoadReport> {
  const historyDays = parseHistoryDays(load.historyDays);
  const tenant = await demoTenant(db, load);
  const progress = load.onProgress ?? (() => {});
  const org = generateOrganisation(options);
  const directory = await importDirectory(
    db,
    tenant.id,
    readDirectoryCsv(Readable.from(lines(csvLines(directoryHeader, org.directory)))),
    { source: 'demo', onRow: (n) => progress('directory', n) },
  );
  const access = await importAccess(
    db,
    tenant.id,
    readAccessFile(
      Readable.from(lines(csvLines(accessHeader, org.access))),
      'csv',
      'demo-access.csv',
    ),
  );
  const ingest: Record<string, IngestResult> = {};
  const buffers = new Map<string, RawRecord[]>();
  let signals = 0;
  const flush = async (format: string) => {
    const records = buffers.get(format) ?? [];
    buffers.set(format, []);
    if (records.length === 0) return;
    const input = findFormat(format);
    if (!input)
      throw new AppError(
        'VALIDATION_FAILED',
        `the demo produced records of unknown format ${format}`,
      );
    add(ingest, format, await ingestRecords({ db, catalog, clock }, tenant.id, input, records));
    progress('signals', signals);
  };
  for (const signal of generateSignals(org, options)) {
    signals++;
    const buffer = buffers.get(signal.format) ?? [];
    const text = typeof signal.record === 'string' ? signal.record : JSON.stringify(signal.record);
    buffer.push({
      text,
      value: typeof signal.record === 'string' ? undefined : signal.record,
      line: signals,
      origin: `demo:${signal.format}`,
    });
    buffers.set(signal.format, buffer);
    if (buffer.length >= FLUSH) await flush(signal.format);
  }
  for (const format of [...buffers.keys()]) await flush(format);
  const range = demoHistoryRange(options, historyDays, clock.now());
  const history = range
    ? await fillHistory({ db, clock }, tenant.id, {
        ...range,
        onDay: (_, done) => progress('history', done),
      })
    : { days: [], events: 0 };
  return { tenant, directory, access, signals, ingest, history };
}

async function demoTenant(db: Db, load: DemoLoadOptions): Promise<Tenant> {
  const slug = load.slug ?? DEMO_SLUG;
  if (await findTenantBySlug(db, slug))
    throw new AppError(
      'CONFLICT',
      `a tenant "${slug}" already exists; load the demo into a new one with --tenant NEW-SLUG`,
    );
  const real = (await listTenants(db)).filter((t) => !t.isDemo);
  if (real.length > 0 && !load.force) {
    throw new AppError(
      'CONFLICT',
      `this database holds real tenants (${real.map((t) => t.slug).join(', ')}); the demo would get a tenant of its own — add --force to load it anyway`,
    );
  }
  return createTenant(db, slug, 'Demo organisation (generated data)', true);
}

function* lines(source: Iterable<string>): Generator<string> {
  for (const line of source) yield `${line}\n`;
}

function add(totals: Record<string, IngestResult>, format: string, result: IngestResult): void {
  const t = totals[format] ?? { ...emptyCounts(), rejections: [] };
  totals[format] = {
    records: t.records + result.records,
    events: t.events + result.events,
    stored: t.stored + result.stored,
    duplicate: t.duplicate + result.duplicate,
    rejected: t.rejected + result.rejected,
    ignored: t.ignored + result.ignored,
    rejections: [...t.rejections, ...result.rejections].slice(0, 20),
  };
}
