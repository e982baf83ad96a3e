import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const columns = ['tenant_id', 'identity_id', 'state', 'bursts'];

async function stored(tenantId: string): Promise<Record<string, string>> {
  const rows = await t.db.all<{ identity_id: string; state: string }>(
    'SELECT identity_id, state FROM risk_states WHERE tenant_id = ? ORDER BY identity_id',
    [tenantId],
  );
  return Object.fromEntries(rows.map((r) => [r.identity_id, r.state]));
}

describe('insertMany on the engine under test', () => {
  it('skips rows that conflict when asked to, and counts only those inserted', async () => {
    const { id } = await makeTenant(t.db);
    await t.db.insertMany('risk_states', columns, [[id, 'a', '1', null]]);
    const n = await t.db.insertMany(
      'risk_states',
      columns,
      [
        [id, 'a', '2', null],
        [id, 'b', '3', null],
      ],
      { onConflictDoNothing: ['tenant_id', 'identity_id'] },
    );
    expect(n).toBe(1);
    expect(await stored(id)).toEqual({ a: '1', b: '3' });
  });

  it('replaces the other columns of rows that conflict when asked to upsert', async () => {
    const { id } = await makeTenant(t.db);
    const other = await makeTenant(t.db);
    await t.db.insertMany('risk_states', columns, [
      [id, 'a', '1', null],
      [other.id, 'a', 'theirs', null],
    ]);
    const n = await t.db.insertMany(
      'risk_states',
      columns,
      [
        [id, 'a', '2', '[]'],
        [id, 'b', '3', null],
      ],
      { onConflictUpdate: ['tenant_id', 'identity_id'] },
    );
    expect(n).toBe(2);
    expect(await stored(id)).toEqual({ a: '2', b: '3' });
    expect(await stored(other.id)).toEqual({ a: 'theirs' });
  });
});

/** Large batches take COPY on PostgreSQL (from 500 rows in a transaction); both engines must agree. */
describe('insertMany of a large batch inside a transaction', () => {
  const rowsOf = (tenantId: string, from: number, to: number, state = (i: number) => `s${i}`) =>
    Array.from({ length: to - from }, (_, k) => [
      tenantId,
      `id-${from + k}`,
      state(from + k),
      null,
    ]);

  it('stores every value as given, including tabs, newlines, backslashes and nulls', async () => {
    const { id } = await makeTenant(t.db);
    const awkward = (i: number) => `line\t${i}\nnext\\N\r\\end ${'x'.repeat(i % 7)}`;
    const n = await t.db.transaction((tx) =>
      tx.insertMany('risk_states', columns, rowsOf(id, 0, 1200, awkward), {
        onConflictDoNothing: ['tenant_id', 'identity_id'],
      }),
    );
    expect(n).toBe(1200);
    const back = await stored(id);
    expect(Object.keys(back)).toHaveLength(1200);
    expect(back['id-5']).toBe(awkward(5));
    expect(back['id-1199']).toBe(awkward(1199));
    const nulls = await t.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM risk_states WHERE tenant_id = ? AND bursts IS NULL',
      [id],
    );
    expect(Number(nulls?.n)).toBe(1200);
  });

  it('skips and does not count rows already stored, anywhere in the batch', async () => {
    const { id } = await makeTenant(t.db);
    const skip = { onConflictDoNothing: ['tenant_id', 'identity_id'] };
    await t.db.transaction((tx) => tx.insertMany('risk_states', columns, rowsOf(id, 900, 1000)));
    const n = await t.db.transaction(async (tx) => {
      const inserted = await tx.insertMany(
        'risk_states',
        columns,
        rowsOf(id, 0, 1000, () => 'new'),
        skip,
      );
      // The transaction goes on after a batch met a conflict.
      await tx.run('UPDATE risk_states SET bursts = ? WHERE tenant_id = ? AND identity_id = ?', [
        'after',
        id,
        'id-0',
      ]);
      return inserted;
    });
    expect(n).toBe(900);
    const back = await stored(id);
    expect(Object.keys(back)).toHaveLength(1000);
    expect(back['id-899']).toBe('new');
    expect(back['id-950']).toBe('s950');
    const again = await t.db.transaction((tx) =>
      tx.insertMany('risk_states', columns, rowsOf(id, 0, 1000), skip),
    );
    expect(again).toBe(0);
  });

  it('fails on a conflict nobody asked to skip, and writes nothing of the batch', async () => {
    const { id } = await makeTenant(t.db);
    await t.db.insertMany('risk_states', columns, [[id, 'id-700', 'old', null]]);
    const attempt = t.db.transaction((tx) =>
      tx.insertMany('risk_states', columns, rowsOf(id, 0, 1000)),
    );
    await expect(attempt).rejects.toThrow();
    expect(await stored(id)).toEqual({ 'id-700': 'old' });
  });
});
