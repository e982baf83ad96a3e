import type { Queryable } from '../storage/db.js';
import type { Connector, ConnectorKind, ConnectorState, RunCounts } from './connector.js';

interface ConnectorRow extends Record<string, unknown> {
  tenant_id: string;
  id: string;
  kind: string;
  name: string;
  settings: string;
  credentials: string;
  interval_seconds: number;
  enabled: number;
  cursor: string | null;
  next_run_at: number | string;
  state: string;
  last_started_at: number | string | null;
  last_finished_at: number | string | null;
  last_success_at: number | string | null;
  last_error: string | null;
  last_counts: string | null;
  runs: number;
  failures: number;
  consecutive_failures: number;
  created_at: number | string;
  updated_at: number | string;
}

const time = (v: number | string | null): number | null => (v === null ? null : Number(v));

function toConnector(r: ConnectorRow): Connector {
  return {
    tenantId: r.tenant_id,
    id: r.id,
    kind: r.kind as ConnectorKind,
    name: r.name,
    settings: JSON.parse(r.settings) as Record<string, unknown>,
    sealedCredentials: r.credentials,
    intervalSeconds: Number(r.interval_seconds),
    enabled: Number(r.enabled) === 1,
    cursor: r.cursor === null ? null : (JSON.parse(r.cursor) as unknown),
    nextRunAt: Number(r.next_run_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    status: {
      state: r.state as ConnectorState,
      lastStartedAt: time(r.last_started_at),
      lastFinishedAt: time(r.last_finished_at),
      lastSuccessAt: time(r.last_success_at),
      lastError: r.last_error,
      lastCounts: r.last_counts === null ? null : (JSON.parse(r.last_counts) as RunCounts),
      runs: Number(r.runs),
      failures: Number(r.failures),
      consecutiveFailures: Number(r.consecutive_failures),
    },
  };
}

export interface NewConnector {
  tenantId: string;
  id: string;
  kind: ConnectorKind;
  name: string;
  settings: Record<string, unknown>;
  sealedCredentials: string;
  intervalSeconds: number;
  enabled: boolean;
  now: number;
}

export async function insertConnector(db: Queryable, c: NewConnector): Promise<void> {
  await db.run(
    `INSERT INTO connectors (tenant_id, id, kind, name, settings, credentials, interval_seconds,
       enabled, next_run_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      c.tenantId,
      c.id,
      c.kind,
      c.name,
      JSON.stringify(c.settings),
      c.sealedCredentials,
      c.intervalSeconds,
      c.enabled ? 1 : 0,
      c.now,
      c.now,
      c.now,
    ],
  );
}

export interface ConnectorChanges {
  settings?: Record<string, unknown>;
  sealedCredentials?: string;
  intervalSeconds?: number;
  enabled?: boolean;
  name?: string;
}

export async function updateConnector(
  db: Queryable,
  tenantId: string,
  id: string,
  changes: ConnectorChanges,
  now: number,
): Promise<void> {
  const sets: string[] = ['updated_at = ?'];
  const params: (string | number)[] = [now];
  const add = (column: string, value: string | number) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (changes.name !== undefined) add('name', changes.name);
  if (changes.settings !== undefined) add('settings', JSON.stringify(changes.settings));
  if (changes.sealedCredentials !== undefined) add('credentials', changes.sealedCredentials);
  if (changes.intervalSeconds !== undefined) add('interval_seconds', changes.intervalSeconds);
  if (changes.enabled !== undefined) add('enabled', changes.enabled ? 1 : 0);
  await db.run(`UPDATE connectors SET ${sets.join(', ')} WHERE tenant_id = ? AND id = ?`, [
    ...params,
    tenantId,
    id,
  ]);
}

export async function deleteConnector(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<boolean> {
  return (
    (await db.run('DELETE FROM connectors WHERE tenant_id = ? AND id = ?', [tenantId, id])) > 0
  );
}

export async function findConnector(
  db: Queryable,
  tenantId: string,
  idOrName: string,
): Promise<Connector | undefined> {
  const row = await db.get<ConnectorRow>(
    'SELECT * FROM connectors WHERE tenant_id = ? AND (id = ? OR name = ?) ORDER BY id LIMIT 1',
    [tenantId, idOrName, idOrName],
  );
  return row && toConnector(row);
}

export async function listConnectors(db: Queryable, tenantId: string): Promise<Connector[]> {
  const rows = await db.all<ConnectorRow>(
    'SELECT * FROM connectors WHERE tenant_id = ? ORDER BY name',
    [tenantId],
  );
  return rows.map(toConnector);
}

/** Enabled connectors of every tenant whose next run is due and which no process holds. */
export async function listDueConnectors(
  db: Queryable,
  now: number,
  limit: number,
): Promise<Connector[]> {
  const rows = await db.all<ConnectorRow>(
    `SELECT * FROM connectors WHERE enabled = 1 AND next_run_at <= ? AND lease_until < ?
      ORDER BY next_run_at LIMIT ?`,
    [now, now, limit],
  );
  return rows.map(toConnector);
}

/**
 * Takes the connector for one run until `leaseUntil`, unless another process holds it. Two
 * servers on one database therefore never run the same connector at once.
 */
export async function claimConnector(
  db: Queryable,
  tenantId: string,
  id: string,
  now: number,
  leaseUntil: number,
): Promise<boolean> {
  const changed = await db.run(
    `UPDATE connectors SET lease_until = ?, state = 'running', last_started_at = ?
      WHERE tenant_id = ? AND id = ? AND lease_until < ?`,
    [leaseUntil, now, tenantId, id, now],
  );
  return changed > 0;
}

/** Moves the cursor: called after the data it covers is stored. */
export async function saveCursor(
  db: Queryable,
  tenantId: string,
  id: string,
  cursor: unknown,
): Promise<void> {
  await db.run('UPDATE connectors SET cursor = ? WHERE tenant_id = ? AND id = ?', [
    JSON.stringify(cursor),
    tenantId,
    id,
  ]);
}

export interface RunOutcome {
  ok: boolean;
  error: string | null;
  counts: RunCounts;
  finishedAt: number;
  nextRunAt: number;
}

export async function recordRun(
  db: Queryable,
  tenantId: string,
  id: string,
  outcome: RunOutcome,
): Promise<void> {
  await db.run(
    `UPDATE connectors SET state = ?, last_finished_at = ?, last_error = ?, last_counts = ?,
       last_success_at = CASE WHEN ? = 1 THEN ? ELSE last_success_at END,
       runs = runs + 1, failures = failures + ?,
       consecutive_failures = CASE WHEN ? = 1 THEN 0 ELSE consecutive_failures + 1 END,
       next_run_at = ?, lease_until = 0
     WHERE tenant_id = ? AND id = ?`,
    [
      outcome.ok ? 'ok' : 'failed',
      outcome.finishedAt,
      outcome.error,
      JSON.stringify(outcome.counts),
      outcome.ok ? 1 : 0,
      outcome.finishedAt,
      outcome.ok ? 0 : 1,
      outcome.ok ? 1 : 0,
      outcome.nextRunAt,
      tenantId,
      id,
    ],
  );
}
