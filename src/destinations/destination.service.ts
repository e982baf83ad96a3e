import type { z } from 'zod';
import type { IdentityKind } from '../directory/identity.js';
import { newestEventSeq } from '../events/event-tenant.js';
import type { Level } from '../risk/index.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { requireSecrets } from '../secrets/secret-box.factory.js';
import { checkedBoth, checkedPart } from '../shared/checked.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Db } from '../storage/db.js';
import type { Destination, DestinationKind } from './destination.js';
import { destinationCredentialsContext } from './destination-runtime.js';
import type { DestinationChanges } from './destination.repository.js';
import {
  deleteDestination,
  findDestination,
  forgetTold,
  insertDestination,
  updateDestination,
} from './destination.repository.js';
import type { DestinationDriver } from './drivers/driver.js';
import { destinationDriverOf } from './drivers/index.js';

export interface DestinationInput {
  kind: DestinationKind;
  name: string;
  settings: unknown;
  credentials?: unknown;
  minLevel: Level;
  identityKinds: IdentityKind[];
  enabled?: boolean;
}

export interface DestinationUpdate {
  name?: string;
  settings?: unknown;
  credentials?: unknown;
  minLevel?: Level;
  identityKinds?: IdentityKind[];
  enabled?: boolean;
}

interface Deps {
  db: Db;
  secrets: SecretBox | undefined;
  now: number;
}

/** Whether a kind has credentials to keep (syslog has none). */
function hasCredentials(driver: DestinationDriver): boolean {
  return driver.credentials.safeParse({}).success === false;
}

function sealed(deps: Deps, d: { tenantId: string; id: string }, credentials: unknown): string {
  return requireSecrets(deps.secrets).seal(
    JSON.stringify(credentials),
    destinationCredentialsContext(d.tenantId, d.id),
  );
}

/**
 * Configures a destination: settings and credentials checked (every problem reported), the
 * credentials sealed. It hears of incidents from now on, and of every identity's level at the
 * risk feed's next pass.
 */
export async function createDestination(
  deps: Deps,
  tenantId: string,
  input: DestinationInput,
): Promise<Destination> {
  const driver = destinationDriverOf(input.kind);
  const [settings, credentials] = checkedBoth(
    () => checked(driver.settings, input.settings, 'settings'),
    () => checked(driver.credentials, input.credentials, 'credentials'),
    OWNER,
  );
  const secret = hasCredentials(driver);
  if (secret) requireSecrets(deps.secrets);
  if (await findDestination(deps.db, tenantId, input.name))
    throw new AppError('CONFLICT', `a destination named "${input.name}" already exists`);
  const id = newId();
  await insertDestination(
    deps.db,
    {
      tenantId,
      id,
      kind: input.kind,
      name: input.name,
      settings: settings as Record<string, unknown>,
      sealedCredentials: secret ? sealed(deps, { tenantId, id }, credentials) : null,
      minLevel: input.minLevel,
      identityKinds: input.identityKinds,
      enabled: input.enabled ?? true,
      incidentCursor: await newestEventSeq(deps.db, tenantId),
    },
    deps.now,
  );
  return getDestination(deps.db, tenantId, id);
}

/** Changes a destination; credentials are replaced only when new ones are given. */
export async function changeDestination(
  deps: Deps,
  tenantId: string,
  idOrName: string,
  update: DestinationUpdate,
): Promise<Destination> {
  const existing = await getDestination(deps.db, tenantId, idOrName);
  const driver = destinationDriverOf(existing.kind);
  const changes: DestinationChanges = {};
  if (update.settings !== undefined)
    changes.settings = checked(driver.settings, update.settings, 'settings') as Record<
      string,
      unknown
    >;
  if (update.credentials !== undefined && hasCredentials(driver))
    changes.sealedCredentials = sealed(
      deps,
      existing,
      checked(driver.credentials, update.credentials, 'credentials'),
    );
  if (update.name !== undefined && update.name !== existing.name) {
    if (await findDestination(deps.db, tenantId, update.name))
      throw new AppError('CONFLICT', `a destination named "${update.name}" already exists`);
    changes.name = update.name;
  }
  if (update.minLevel !== undefined) changes.minLevel = update.minLevel;
  if (update.identityKinds !== undefined) changes.identityKinds = update.identityKinds;
  if (update.enabled !== undefined) changes.enabled = update.enabled;
  const regroup =
    changes.settings !== undefined &&
    driver.wants(changes.settings).membership &&
    JSON.stringify(changes.settings) !== JSON.stringify(existing.settings);
  await deps.db.transaction(async (tx) => {
    await updateDestination(tx, tenantId, existing.id, changes, deps.now);
    // Another group (or org) starts empty: tell it everyone who meets the minimum again.
    if (regroup) await forgetTold(tx, tenantId, existing.id);
  });
  return getDestination(deps.db, tenantId, existing.id);
}

/** Removes a destination with its stored credentials, what it was told and its messages. */
export async function removeDestination(
  db: Db,
  tenantId: string,
  idOrName: string,
): Promise<Destination> {
  const existing = await getDestination(db, tenantId, idOrName);
  await db.transaction((tx) => deleteDestination(tx, tenantId, existing.id));
  return existing;
}

export async function getDestination(
  db: Db,
  tenantId: string,
  idOrName: string,
): Promise<Destination> {
  const found = await findDestination(db, tenantId, idOrName);
  if (!found) throw new AppError('DESTINATION_NOT_FOUND', `no destination ${idOrName}`);
  return found;
}

const OWNER = "the destination's";

function checked<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  return checkedPart(schema, value, root, OWNER);
}
