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
