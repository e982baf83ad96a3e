import type { z } from 'zod';
import type { SecretBox } from '../secrets/secret-box.js';
import { requireSecrets } from '../secrets/secret-box.factory.js';
import { checkedBoth, checkedPart } from '../shared/checked.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Db } from '../storage/db.js';
import type { Connector, ConnectorKind } from './connector.js';
import type { ConnectorChanges } from './connector.repository.js';
import {
  deleteConnector,
  findConnector,
  insertConnector,
  updateConnector,
} from './connector.repository.js';
import { credentialsContext } from './connector-runtime.js';
import { driverOf } from './drivers/index.js';

export interface ConnectorInput {
  kind: ConnectorKind;
  name: string;
  settings: unknown;
  credentials: unknown;
  intervalSeconds: number;
  enabled?: boolean;
}

export interface ConnectorUpdate {
  name?: string;
  settings?: unknown;
  credentials?: unknown;
  intervalSeconds?: number;
  enabled?: boolean;
}

interface Deps {
  db: Db;
  secrets: SecretBox | undefined;
  now: number;
}

/** Configures a connector for a tenant: settings checked, credentials checked and sealed. */
export async function createConnector(
  deps: Deps,
  tenantId: string,
  input: ConnectorInput,
): Promise<Connector> {
  const driver = driverOf(input.kind);
  const [settings, credentials] = checkedBoth(
    () => checked(driver.settings, input.settings, 'settings'),
    () => checked(driver.credentials, input.credentials, 'credentials'),
    OWNER,
  );
  const box = requireSecrets(deps.secrets);
  if (await findConnector(deps.db, tenantId, input.name))
    throw new AppError('CONFLICT', `a connector named "${input.name}" already exists`);
  const id = newId();
  await insertConnector(deps.db, {
    tenantId,
    id,
    kind: input.kind,
    name: input.name,
    settings: settings as Record<string, unknown>,
    sealedCredentials: box.seal(JSON.stringify(credentials), credentialsContext(tenantId, id)),
    intervalSeconds: input.intervalSeconds,
    enabled: input.enabled ?? true,
    now: deps.now,
  });
  return getConnector(deps.db, tenantId, id);
}

/** Changes a connector; credentials are replaced only when new ones are given. */
export async function changeConnector(
  deps: Deps,
  tenantId: string,
  idOrName: string,
  update: ConnectorUpdate,
): Promise<Connector> {
  const existing = await getConnector(deps.db, tenantId, idOrName);
  const driver = driverOf(existing.kind);
  const changes: ConnectorChanges = {};
  if (update.settings !== undefined)
    changes.settings = checked(driver.settings, update.settings, 'settings') as Record<
      string,
      unknown
    >;
  if (update.credentials !== undefined) {
    const credentials = checked(driver.credentials, update.credentials, 'credentials');
    changes.sealedCredentials = requireSecrets(deps.secrets).seal(
      JSON.stringify(credentials),
      credentialsContext(tenantId, existing.id),
    );
  }
  if (update.name !== undefined) changes.name = update.name;
  if (update.intervalSeconds !== undefined) changes.intervalSeconds = update.intervalSeconds;
  if (update.enabled !== undefined) changes.enabled = update.enabled;
  await updateConnector(deps.db, tenantId, existing.id, changes, deps.now);
  return getConnector(deps.db, tenantId, existing.id);
}

export async function removeConnector(db: Db, tenantId: string, idOrName: string): Promise<void> {
  const existing = await getConnector(db, tenantId, idOrName);
  await deleteConnector(db, tenantId, existing.id);
}

export async function getConnector(db: Db, tenantId: string, idOrName: string): Promise<Connector> {
  const found = await findConnector(db, tenantId, idOrName);
  if (!found) throw new AppError('CONNECTOR_NOT_FOUND', `no connector ${idOrName}`);
  return found;
}

/** The decrypted credentials of a connector, for its run only. */
export function openCredentials(rt: { secrets: SecretBox | undefined }, c: Connector): unknown {
  const box = requireSecrets(rt.secrets);
  return JSON.parse(box.open(c.sealedCredentials, credentialsContext(c.tenantId, c.id)));
}

const OWNER = "the connector's";

function checked<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  return checkedPart(schema, value, root, OWNER);
}
