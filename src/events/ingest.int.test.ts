import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { findIdentityByEmail } from '../directory/identity.repository.js';
import { listDeadLetters } from './dead-letter.repository.js';
import { replayDeadLetters } from './dead-letter.service.js';
import { countEvents, listEventsOf } from './event.repository.js';
import type { InputFormat } from './formats/format.js';
import { nativeFormat } from './formats/native.format.js';
import type { IngestDeps } from './ingest.service.js';
import { ingestRecords } from './ingest.service.js';
import { ThreadPreparer } from './preparer.js';
import { readRecords } from './record-reader.js';

let t: TestDatabase;
let deps: IngestDeps;
const now = Date.parse('2026-06-01T00:00:00Z');
beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, catalog: defaultCatalog, clock: { now: () => now } };
});
afterAll(() => t.drop());

function event(id: string | undefined, subject: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    ...(id ? { id } : {}),
    time: '2026-05-01T09:30:00Z',
    source: 'test',
    type: 'phishing.sim_clicked',
    subject,
    details: {},
    ...extra,
  });
}

function lines(...records: string[]) {
  return readRecords(Readable.from([Buffer.from(records.join('\n'))]), 'test.ndjson');
}

describe('native ingest', () => {
  it('counts every record as stored, duplicate or rejected, and dead-letters the rejected', async () => {
    const tenant = await makeTenant(t.db);
    const counts = await ingestRecords(
      deps,
      tenant.id,
      nativeFormat,
      lines(
        event('1', 'a@example.com'),
        event('1', 'a@example.com'),
        'not json',
        event('2', 'a@example.com', { type: 'no.such.behaviour' }),
        event(undefined, 'b@example.com'),
        event(undefined, 'b@example.com'),
        JSON.stringify({
          time: '2026-05-01T09:30:00Z',
          source: 'test',
          type: 'phishing.sim_clicked',
        }),
      ),
      { batchSize: 2 },
    );
    expect(counts).toMatchObject({
      records: 7,
      events: 4,
      stored: 2,
      duplicate: 2,
      rejected: 3,
      ignored: 0,
    });
    expect(counts.rejections.map((r) => r.line)).toEqual([3, 4, 7]);

    const letters = await listDeadLetters(t.db, tenant.id, { limit: 10 });
    expect(letters.map((l) => [l.line, l.reason.split(':')[0]])).toEqual([
      [3, 'not valid JSON'],
      [4, 'type'],
      [7, 'subject'],
    ]);
    expect(letters[0]?.raw).toBe('not json');
  });

  it('stores nothing new when the same file is ingested again', async () => {
    const tenant = await makeTenant(t.db);
    const file = [event('x1', 'a@example.com'), event(undefined, 'c@example.com')];
    await ingestRecords(deps, tenant.id, nativeFormat, lines(...file));
    const again = await ingestRecords(deps, tenant.id, nativeFormat, lines(...file));
    expect(again).toMatchObject({ stored: 0, duplicate: 2 });
    expect((await countEvents(t.db, tenant.id)).total).toBe(2);
  });

  it('keeps events of unknown subjects and links them when the identity appears', async () => {
    const tenant = await makeTenant(t.db);
    await ingestRecords(deps, tenant.id, nativeFormat, lines(event('e1', 'Later@Example.com')));
    expect(await countEvents(t.db, tenant.id)).toEqual({ total: 1, unlinked: 1 });

    const csv = 'email,name\nlater@example.com,Later\n';
    const report = await importDirectory(
      t.db,
      tenant.id,
      readDirectoryCsv(Readable.from([Buffer.from(csv)])),
    );
    expect(report.linkedEvents).toBe(1);
    const later = await findIdentityByEmail(t.db, tenant.id, 'later@example.com');
    const events = await listEventsOf(t.db, tenant.id, { identityId: later?.id ?? '', limit: 10 });
    expect(events.map((e) => e.eventId)).toEqual(['e1']);
    expect(await countEvents(t.db, tenant.id)).toEqual({ total: 1, unlinked: 0 });
  });

  it('replays a dead letter once the problem is fixed', async () => {
    const tenant = await makeTenant(t.db);
    await ingestRecords(
      deps,
      tenant.id,
      nativeFormat,
      lines(event('r1', 'a@example.com', { type: 'custom.thing' })),
    );
    const [letter] = await listDeadLetters(t.db, tenant.id, { status: 'pending', limit: 10 });
    expect(letter).toBeDefined();

    const failed = await replayDeadLetters(deps, tenant.id);
    expect(failed).toEqual([
      { id: letter?.id, outcome: 'rejected', reason: expect.stringContaining('custom.thing') },
    ]);

    const { Catalog } = await import('../catalog/catalog.js');
    const base = defaultCatalog.get('phishing.sim_clicked');
    const extended = new Catalog([...defaultCatalog.list(), { ...base!, type: 'custom.thing' }]);
    const replayed = await replayDeadLetters({ ...deps, catalog: extended }, tenant.id);
    expect(replayed).toEqual([{ id: letter?.id, outcome: 'stored' }]);
    expect(await listDeadLetters(t.db, tenant.id, { status: 'pending', limit: 10 })).toEqual([]);
  });
});

describe('ingest with records prepared on a second thread', () => {
  it('ends in the same counts, events and dead letters as preparing in this thread', async () => {
    const records = Array.from({ length: 5_000 }, (_, i) => {
      if (i % 97 === 0) return 'not json';
      if (i % 89 === 0) return event(`x${i}`, 'a@example.com', { type: 'no.such.behaviour' });
      return event(`e${i % 4_500}`, `p${i % 40}@example.com`);
    });
    const outcome = async (preparer?: ThreadPreparer) => {
      const tenant = await makeTenant(t.db);
      const options = { batchSize: 1_500, ...(preparer ? { preparer } : {}) };
      const counts = await ingestRecords(deps, tenant.id, nativeFormat, lines(...records), options);
      const letters = await listDeadLetters(t.db, tenant.id, { limit: 1_000 });
      const stored = await t.db.all<{ event_id: string; subject_lc: string }>(
        'SELECT event_id, subject_lc FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) ORDER BY seq',
        [tenant.id],
      );
      return { counts, letters: letters.map((l) => [l.line, l.reason]), stored };
    };
    const preparer = new ThreadPreparer();
    try {
      const here = await outcome();
      expect(here.counts).toMatchObject({ records: 5_000, stored: 4_414, rejected: 108 });
      expect(await outcome(preparer)).toEqual(here);
    } finally {
      await preparer.close();
    }
  });
});

describe('vendor envelopes with some bad elements', () => {
  it('keeps the good events and dead-letters each refused part with its reason', async () => {
    const tenant = await makeTenant(t.db);
    const envelope: InputFormat = {
      name: 'native',
      encoding: 'json',
      normalise: () => ({
        kind: 'events',
        events: [
          {
            time: '2026-05-01T09:30:00Z',
            source: 'env',
            type: 'phishing.real_clicked',
            subject: 'a@example.com',
            details: {},
          },
          {
            time: '2026-05-01T09:31:00Z',
            source: 'env',
            type: 'made.up',
            subject: 'b@example.com',
            details: {},
          },
        ],
        problems: ['clicksPermitted[2].recipient: expected a string'],
      }),
    };
    const counts = await ingestRecords(deps, tenant.id, envelope, lines('{"any":"envelope"}'));
    expect(counts).toMatchObject({ records: 1, events: 1, stored: 1, rejected: 2 });
    const reasons = (await listDeadLetters(t.db, tenant.id, { limit: 10 })).map((l) => l.reason);
    expect(reasons).toEqual([
      expect.stringContaining('clicksPermitted[2].recipient'),
      expect.stringMatching(/event 2 \(b@example.com\): type: "made.up"/),
    ]);
  });
});
