import type { Queryable } from '../storage/db.js';
import { inChunks, replaceRows } from './replace-rows.js';
import type { RecordText, StoredRecord } from './tenant-scorer.js';

interface StateRow extends Record<string, unknown> {
  identity_id: string;
  state: string;
  bursts: string | null;
}

function toStored(row: StateRow): [string, StoredRecord] {
  return [
    row.identity_id,
    {
      state: JSON.parse(row.state) as StoredRecord['state'],
      bursts: row.bursts === null ? null : (JSON.parse(row.bursts) as StoredRecord['bursts']),
    },
  ];
}

/** Stored states of the given identities, or of every identity of the tenant. */
export async function loadStates(
  db: Queryable,
  tenantId: string,
  ids: readonly string[] | 'all',
): Promise<Map<string, StoredRecord>> {
  const rows =
    ids === 'all'
      ? await db.all<StateRow>(
          'SELECT identity_id, state, bursts FROM risk_states WHERE tenant_id = ?',
          [tenantId],
        )
      : await inChunks(ids, (marks, chunk) =>
          db.all<StateRow>(
            `SELECT identity_id, state, bursts FROM risk_states WHERE tenant_id = ? AND identity_id IN (${marks})`,
            [tenantId, ...chunk],
          ),
        );
  return new Map(rows.map(toStored));
}

export async function saveStates(
  tx: Queryable,
  tenantId: string,
  ids: readonly string[] | 'all',
  records: ReadonlyMap<string, RecordText>,
): Promise<void> {
  const rows = [...records].map(([id, r]) => [tenantId, id, r.state, r.bursts]);
  await replaceRows(
    tx,
    'risk_states',
    { tenantId, key: 'identity_id' },
    ids,
    ['tenant_id', 'identity_id', 'state', 'bursts'],
    rows,
  );
}
