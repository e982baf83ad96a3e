import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { nativeFormat } from '../src/events/formats/native.format.js';
import { ingestRecords, storedTenantNumber } from '../src/events/ingest.service.js';
import { ThreadPreparer } from '../src/events/preparer.js';
import { readRecords } from '../src/events/record-reader.js';
import type { PostgresDb } from '../src/storage/postgres.js';
import type { SqliteDb } from '../src/storage/sqlite.js';
import { createTenant } from '../src/tenancy/tenant.service.js';
import type { BenchDb, Dialect } from './support.js';
import { WORK_DIR, freshDatabase, timed } from './support.js';

export interface IngestBenchResult {
  dialect: Dialect;
  events: number;
  fileMb: number;
  bareSeconds: number;
  bulwarkSeconds: number;
  bareRate: number;
  bulwarkRate: number;
  ratio: number;
  stored: number;
}

const TYPES = ['phishing.sim_clicked', 'auth.signin_failed', 'threat.malicious_email_delivered', 'data.dlp_violation', 'training.completed'];

/** Writes an NDJSON file of realistic native events (about 300 bytes each). */
export function writeEventsFile(count: number): string {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const file = path.join(WORK_DIR, `events-${count}.ndjson`);
  if (fs.existsSync(file)) return file;
  const fd = fs.openSync(file, 'w');
  const start = Date.UTC(2026, 0, 1);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const event = {
      id: `evt-${i}`,
      time: new Date(start + i * 1000).toISOString(),
      source: 'bench',
      type: TYPES[i % TYPES.length],
      subject: `person${i % 10_000}@example.com`,
      severity: i % 7 === 0 ? 'high' : 'low',
      details: { campaign: `c-${i % 50}`, ip: `10.0.${i % 255}.${(i * 7) % 255}`, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' },
    };
    chunk += `${JSON.stringify(event)}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return file;
}

interface Parsed {
  id: string;
  time: string;
  source: string;
  type: string;
  subject: string;
  severity?: string;
  details: unknown;
}

function bareRow(tenantNo: number, e: Parsed, now: number): (string | number | null)[] {
  return [tenantNo, e.source, e.id, Date.parse(e.time), e.type, e.subject, e.subject.toLowerCase(), null, e.severity ?? null, JSON.stringify(e.details), now];
}

const COLUMNS = 'tenant_no, source, event_id, time, type, subject, subject_lc, identity_id, severity, details, ingested_at';

/** The bare baseline on SQLite: JSON.parse of each line and one prepared INSERT per row, one transaction. */
async function bareSqlite(b: BenchDb, tenantNo: number, file: string): Promise<number> {
  const conn = (b.db as SqliteDb).driver;
  const insert = conn.prepare(`INSERT INTO events (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const now = Date.now();
  let n = 0;
  conn.exec('BEGIN');
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    insert.run(...bareRow(tenantNo, JSON.parse(line) as Parsed, now));
    n++;
  }
  conn.exec('COMMIT');
  return n;
}

/** The bare baseline on PostgreSQL: JSON.parse of each line streamed into COPY. */
async function barePostgres(b: BenchDb, tenantNo: number, file: string): Promise<number> {
  const client = await (b.db as PostgresDb).driver.connect();
  const now = Date.now();
  let n = 0;
  try {
    const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    async function* rows() {
      for await (const line of lines) {
        n++;
        yield `${bareRow(tenantNo, JSON.parse(line) as Parsed, now).map(copyText).join('\t')}\n`;
      }
    }
    await pipeline(Readable.from(rows()), client.query(copyFrom(`COPY events (${COLUMNS}) FROM STDIN`)));
  } finally {
    client.release();
  }
  return n;
}

function copyText(value: string | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Measures bare and Bulwark ingest of the same file into the same, freshly migrated, table. */
export async function benchIngest(dialect: Dialect, count: number): Promise<IngestBenchResult> {
  const file = writeEventsFile(count);
  const bare = await freshDatabase(dialect);
  const bareTenant = await createTenant(bare.db, 'bench', 'Bench');
  const bareNo = await storedTenantNumber(bare.db, bareTenant.id);
  const bareRun = await timed(() => (dialect === 'sqlite' ? bareSqlite(bare, bareNo, file) : barePostgres(bare, bareNo, file)));
  await bare.drop();

  const ours = await freshDatabase(dialect);
  const tenant = await createTenant(ours.db, 'bench', 'Bench');
  const deps = { db: ours.db, catalog: defaultCatalog, clock: { now: () => Date.now() } };
  // As `bulwark ingest` runs it: records prepared on a second thread while earlier ones are written.
  const preparer = new ThreadPreparer();
  const run = await timed(() => ingestRecords(deps, tenant.id, nativeFormat, readRecords(fs.createReadStream(file, { highWaterMark: 1 << 20 }), file), { preparer }));
  await preparer.close();
  await ours.drop();

  const bareRate = bareRun.result / bareRun.seconds;
  const bulwarkRate = run.result.records / run.seconds;
  return {
    dialect,
    events: count,
    fileMb: fs.statSync(file).size / 1e6,
    bareSeconds: bareRun.seconds,
    bulwarkSeconds: run.seconds,
    bareRate,
    bulwarkRate,
    ratio: bulwarkRate / bareRate,
    stored: run.result.stored,
  };
}
