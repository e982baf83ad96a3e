import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { countDeadLetters } from './dead-letter.repository.js';
import { countEvents } from './event.repository.js';
import { nativeFormat } from './formats/native.format.js';
import { ingestRecords } from './ingest.service.js';
import { readRecords } from './record-reader.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const PEOPLE = 5000;
const BAD_ROWS = new Map<number, string>([
  [17, 'not-an-email,Bad Email,person,Sales,,,,,'],
  [404, 'robot404@acme.test,Robot,robot,Sales,,,,,'],
  [1200, 'tz1200@acme.test,Tz,person,Sales,,Mars/Base,,,'],
  [2500, 'date2500@acme.test,Date,person,Sales,,,,2024-02-30,'],
  [3333, 'agent3333@acme.test,Agent,agent,IT,,,,,'],
  [4999, 'p1@acme.test,Duplicate,person,Sales,,,,,'],
]);

function directoryCsv(): string {
  const lines = ['email,name,kind,department,title,timezone,manager_email,start_date,privileged'];
  for (let i = 0; i < PEOPLE; i++) {
    const bad = BAD_ROWS.get(i);
    const manager = i > 0 ? `p${Math.floor(i / 8)}@acme.test` : '';
    lines.push(
      bad ??
        `p${i}@acme.test,Person ${i},person,Dept ${i % 12},Title ${i % 30},Europe/London,${manager},2020-01-01,${i % 50 === 0}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const EVENTS = 100_000;
function eventsNdjson(): {
  text: string;
  expected: { stored: number; duplicate: number; rejected: number };
} {
  const lines: string[] = [];
  let stored = 0;
  let duplicate = 0;
  let rejected = 0;
  let lastStored = '';
  for (let i = 0; i < EVENTS; i++) {
    const subject = `p${i % PEOPLE}@acme.test`;
    const time = new Date(Date.UTC(2026, 4, 1) + i * 60_000).toISOString();
    if (i % 97 === 0 && lastStored) {
      lines.push(lastStored);
      duplicate++;
    } else if (i % 331 === 0) {
      lines.push(`{"id":"e${i}","time":`);
      rejected++;
    } else if (i % 503 === 0) {
      lines.push(
        JSON.stringify({ id: `e${i}`, time, source: 'scale', type: 'no.such.behaviour', subject }),
      );
      rejected++;
    } else if (i % 701 === 0) {
      lines.push(
        JSON.stringify({ id: `e${i}`, time, source: 'scale', type: 'auth.signin_failed' }),
      );
      rejected++;
    } else {
      lastStored = JSON.stringify({
        id: `e${i}`,
        time,
        source: 'scale',
        type: i % 2 ? 'phishing.sim_clicked' : 'auth.signin_failed',
        subject,
        severity: 'low',
      });
      lines.push(lastStored);
      stored++;
    }
  }
  return { text: `${lines.join('\n')}\n`, expected: { stored, duplicate, rejected } };
}

describe('foundation at scale', () => {
  it('imports 5,000 people with a few bad rows and ingests 100,000 events with exact counts, twice', async () => {
    const tenant = await makeTenant(t.db);
    const report = await importDirectory(
      t.db,
      tenant.id,
      readDirectoryCsv(Readable.from([Buffer.from(directoryCsv())])),
    );
    expect(report).toMatchObject({
      rows: PEOPLE,
      created: PEOPLE - BAD_ROWS.size,
      rejected: BAD_ROWS.size,
    });
    expect(report.errors.map((e) => e.line)).toEqual([...BAD_ROWS.keys()].map((i) => i + 2));

    const { text, expected } = eventsNdjson();
    const deps = { db: t.db, catalog: defaultCatalog, clock: { now: () => Date.UTC(2026, 11, 1) } };
    const read = () => readRecords(Readable.from([Buffer.from(text)]), 'scale.ndjson');
    const first = await ingestRecords(deps, tenant.id, nativeFormat, read());
    expect(first).toMatchObject({ records: EVENTS, ...expected });
    expect(first.stored + first.duplicate + first.rejected).toBe(EVENTS);

    const second = await ingestRecords(deps, tenant.id, nativeFormat, read());
    expect(second).toMatchObject({
      records: EVENTS,
      stored: 0,
      duplicate: expected.stored + expected.duplicate,
      rejected: expected.rejected,
    });
    expect(await countEvents(t.db, tenant.id)).toEqual({
      total: expected.stored,
      unlinked: expect.any(Number),
    });
    expect(await countDeadLetters(t.db, tenant.id, 'pending')).toBe(expected.rejected * 2);
  }, 120_000);
});
