import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/support/database.js';
import { createTestDatabase } from '../../../test/support/database.js';
import { defaultCatalog } from '../../catalog/catalog.js';
import { countEvents, listEventsOf } from '../../events/event.repository.js';
import { nativeFormat } from '../../events/formats/native.format.js';
import { ingestRecords } from '../../events/ingest.service.js';
import { AppError } from '../../shared/errors.js';
import { createTenant } from '../../tenancy/tenant.service.js';
import { migrate } from '../migrate.js';
import { migrations } from './index.js';

const before = migrations.filter((m) => m.version < 11);
const DAY = 86_400_000;

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase(before)));
afterAll(() => t.drop());

async function oldEvent(tenantId: string, id: string, identityId: string | null): Promise<void> {
  await t.db.run(
    `INSERT INTO events (tenant_id, source, event_id, time, type, subject, subject_lc, identity_id,
       severity, details, ingested_at) VALUES (?, 'test', ?, ?, 'phishing.sim_clicked', ?, ?, ?, NULL, '{}', ?)`,
    [tenantId, id, 1_700_000_000_000, 'Ann@example.com', 'ann@example.com', identityId, 1],
  );
}

describe('migration 011: events keyed by tenant number', () => {
  it('numbers the tenants, keeps every event with its sequence and tenant, and carries on', async () => {
    for (const [id, slug, created] of [
      ['b-tenant', 'second', 2 * DAY],
      ['a-tenant', 'first', DAY],
    ] as const)
      await t.db.run(
        'INSERT INTO tenants (id, slug, name, is_demo, created_at) VALUES (?, ?, ?, 0, ?)',
        [id, slug, slug, created],
      );
    await oldEvent('a-tenant', 'e1', 'ann');
    await oldEvent('b-tenant', 'e2', null);
    await oldEvent('a-tenant', 'e3', 'ann');
    const seqs = await t.db.all<{ seq: number; event_id: string }>(
      'SELECT seq, event_id FROM events ORDER BY seq',
    );

    expect((await migrate(t.db)).applied[0]).toBe('11-events-tenant-number');

    const tenants = await t.db.all<{ id: string; num: number }>(
      'SELECT id, num FROM tenants ORDER BY num',
    );
    expect(tenants.map((r) => [r.id, Number(r.num)])).toEqual([
      ['a-tenant', 1],
      ['b-tenant', 2],
    ]);
    const after = await t.db.all<{ seq: number; event_id: string; tenant_no: number }>(
      'SELECT seq, event_id, tenant_no FROM events ORDER BY seq',
    );
    expect(after.map((r) => [Number(r.seq), r.event_id])).toEqual(
      seqs.map((r) => [Number(r.seq), r.event_id]),
    );
    expect(after.map((r) => Number(r.tenant_no))).toEqual([1, 2, 1]);
    const listed = await listEventsOf(t.db, 'a-tenant', { identityId: 'ann', limit: 10 });
    expect(listed.map((e) => [e.eventId, e.tenantId])).toEqual([
      ['e3', 'a-tenant'],
      ['e1', 'a-tenant'],
    ]);
    expect(await countEvents(t.db, 'b-tenant')).toEqual({ total: 1, unlinked: 1 });

    const third = await createTenant(t.db, 'third', 'Third');
    const deps = { db: t.db, catalog: defaultCatalog, clock: { now: () => Date.now() } };
    const record = {
      text: JSON.stringify({
        id: 'e4',
        time: '2026-01-01T00:00:00Z',
        source: 'test',
        type: 'phishing.sim_clicked',
        subject: 'x@example.com',
        details: {},
      }),
      line: 1,
      origin: 'test',
    };
    expect((await ingestRecords(deps, third.id, nativeFormat, [record])).stored).toBe(1);
    const newest = await t.db.get<{ seq: number; tenant_no: number }>(
      "SELECT seq, tenant_no FROM events WHERE event_id = 'e4'",
    );
    expect(Number(newest?.tenant_no)).toBe(3);
    expect(Number(newest?.seq)).toBeGreaterThan(Math.max(...seqs.map((r) => Number(r.seq))));
  });

  it('refuses to ingest for a tenant that does not exist, before writing anything', async () => {
    const deps = { db: t.db, catalog: defaultCatalog, clock: { now: () => Date.now() } };
    const total = await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM events');
    const record = { text: '{}', line: 1, origin: 'test' };
    const attempt = ingestRecords(deps, 'no-such-tenant', nativeFormat, [record]);
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'TENANT_NOT_FOUND' });
    expect(await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM events')).toEqual(total);
    expect(await t.db.get('SELECT COUNT(*) AS n FROM dead_letters')).toMatchObject({ n: 0 });
  });
});
