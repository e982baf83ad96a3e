import type { IdentityKind } from '../directory/identity.js';
import type { Level } from '../risk/index.js';
import type { Queryable } from '../storage/db.js';
import type { Destination, DestinationKind } from './destination.js';

interface DestinationRow extends Record<string, unknown> {
  tenant_id: string;
  id: string;
  kind: string;
  name: string;
  settings: string;
  credentials: string | null;
  min_level: string;
  identity_kinds: string;
  enabled: number;
  fed_scored_at: number | string;
  incident_cursor: number | string;
  created_at: number | string;
  updated_at: number | string;
}

function toDestination(r: DestinationRow): Destination {
  return {
    tenantId: r.tenant_id,
    id: r.id,
    kind: r.kind as DestinationKind,
    name: r.name,
    settings: JSON.parse(r.settings) as Record<string, unknown>,
    sealedCredentials: r.credentials,
    minLevel: r.min_level as Level,
    identityKinds: JSON.parse(r.identity_kinds) as IdentityKind[],
    enabled: Number(r.enabled) === 1,
    fedScoredAt: Number(r.fed_scored_at),
    incidentCursor: Number(r.incident_cursor),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

export type NewDestination = Omit<Destination, 'fedScoredAt' | 'createdAt' | 'updatedAt'>;

export async function insertDestination(
  db: Queryable,
  d: NewDestination,
  now: number,
): Promise<void> {
  await db.run(
    `INSERT INTO destinations (tenant_id, id, kind, name, settings, credentials, min_level,
       identity_kinds, enabled, incident_cursor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      d.tenantId,
      d.id,
      d.kind,
      d.name,
      JSON.stringify(d.settings),
      d.sealedCredentials,
      d.minLevel,
      JSON.stringify(d.identityKinds),
      d.enabled ? 1 : 0,
      d.incidentCursor,
      now,
      now,
    ],
  );
}

export interface DestinationChanges {
  name?: string;
  settings?: Record<string, unknown>;
  sealedCredentials?: string;
  minLevel?: Level;
  identityKinds?: IdentityKind[];
  enabled?: boolean;
}

/**
 * Changes a destination. A change of what it subscribes to makes the risk feed compare every
 * identity again at its next pass.
 */
export async function updateDestination(
  db: Queryable,
  tenantId: string,
  id: string,
  changes: DestinationChanges,
  now: number,
): Promise<void> {
  const sets: string[] = ['updated_at = ?', 'fed_scored_at = 0'];
  const params: (string | number)[] = [now];
  const add = (column: string, value: string | number) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (changes.name !== undefined) add('name', changes.name);
  if (changes.settings !== undefined) add('settings', JSON.stringify(changes.settings));
  if (changes.sealedCredentials !== undefined) add('credentials', changes.sealedCredentials);
  if (changes.minLevel !== undefined) add('min_level', changes.minLevel);
  if (changes.identityKinds !== undefined)
    add('identity_kinds', JSON.stringify(changes.identityKinds));
  if (changes.enabled !== undefined) add('enabled', changes.enabled ? 1 : 0);
  await db.run(`UPDATE destinations SET ${sets.join(', ')} WHERE tenant_id = ? AND id = ?`, [
    ...params,
    tenantId,
    id,
  ]);
}

/** Forgets what a destination was told, so that the risk feed tells it everything again. */
export async function forgetTold(tx: Queryable, tenantId: string, id: string): Promise<void> {
  await tx.run('DELETE FROM destination_levels WHERE tenant_id = ? AND destination_id = ?', [
    tenantId,
    id,
  ]);
}

/** Removes a destination with what it was told and its messages. */
export async function deleteDestination(
  tx: Queryable,
  tenantId: string,
  id: string,
): Promise<boolean> {
  await forgetTold(tx, tenantId, id);
  await tx.run('DELETE FROM outbox_messages WHERE tenant_id = ? AND destination_id = ?', [
    tenantId,
    id,
  ]);
  return (
    (await tx.run('DELETE FROM destinations WHERE tenant_id = ? AND id = ?', [tenantId, id])) > 0
  );
}

export async function findDestination(
  db: Queryable,
  tenantId: string,
  idOrName: string,
): Promise<Destination | undefined> {
  const row = await db.get<DestinationRow>(
    'SELECT * FROM destinations WHERE tenant_id = ? AND (id = ? OR name = ?) ORDER BY id LIMIT 1',
    [tenantId, idOrName, idOrName],
  );
  return row && toDestination(row);
}

export async function listDestinations(db: Queryable, tenantId: string): Promise<Destination[]> {
  const rows = await db.all<DestinationRow>(
    'SELECT * FROM destinations WHERE tenant_id = ? ORDER BY name',
    [tenantId],
  );
  return rows.map(toDestination);
}

/** Enabled destinations of every tenant, for the risk feed. */
export async function listEnabledDestinations(db: Queryable): Promise<Destination[]> {
  const rows = await db.all<DestinationRow>(
    'SELECT * FROM destinations WHERE enabled = 1 ORDER BY tenant_id, id',
  );
  return rows.map(toDestination);
}

/**
 * Moves how far the risk feed has read for a destination, unless the destination was changed
 * meanwhile (then the next pass reads again; what it queues again is a duplicate and skipped).
 */
export async function saveFeedPosition(
  tx: Queryable,
  d: Destination,
  position: { fedScoredAt?: number; incidentCursor?: number },
): Promise<void> {
  await tx.run(
    `UPDATE destinations SET fed_scored_at = ?, incident_cursor = ?
      WHERE tenant_id = ? AND id = ? AND updated_at = ?`,
    [
      position.fedScoredAt ?? d.fedScoredAt,
      position.incidentCursor ?? d.incidentCursor,
      d.tenantId,
      d.id,
      d.updatedAt,
    ],
  );
}
