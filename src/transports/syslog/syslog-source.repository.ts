import type { Queryable } from '../../storage/db.js';
import type { SourceNetwork } from './tenant-map.js';

export async function listAllSyslogSources(db: Queryable): Promise<SourceNetwork[]> {
  const rows = await db.all<{ network: string; tenant_id: string }>(
    'SELECT network, tenant_id FROM syslog_sources ORDER BY network',
  );
  return rows.map((r) => ({ network: r.network, tenantId: r.tenant_id }));
}

export async function listSyslogSources(db: Queryable, tenantId: string): Promise<string[]> {
  const rows = await db.all<{ network: string }>(
    'SELECT network FROM syslog_sources WHERE tenant_id = ? ORDER BY network',
    [tenantId],
  );
  return rows.map((r) => r.network);
}

export async function findSyslogSource(
  db: Queryable,
  network: string,
): Promise<SourceNetwork | undefined> {
  const row = await db.get<{ network: string; tenant_id: string }>(
    'SELECT network, tenant_id FROM syslog_sources WHERE network = ?',
    [network],
  );
  return row && { network: row.network, tenantId: row.tenant_id };
}

export async function insertSyslogSource(
  db: Queryable,
  tenantId: string,
  network: string,
  now: number,
): Promise<void> {
  await db.run('INSERT INTO syslog_sources (tenant_id, network, created_at) VALUES (?, ?, ?)', [
    tenantId,
    network,
    now,
  ]);
}

export async function deleteSyslogSource(
  db: Queryable,
  tenantId: string,
  network: string,
): Promise<boolean> {
  return (
    (await db.run('DELETE FROM syslog_sources WHERE tenant_id = ? AND network = ?', [
      tenantId,
      network,
    ])) > 0
  );
}
