import { z } from 'zod';
import { identityKinds } from '../directory/identity.js';
import { toIso } from '../http/schemas.js';
import { levels } from '../risk/index.js';
import type { Destination } from './destination.js';
import { destinationKinds } from './destination.js';
import type { OutboxCounts } from './outbox.js';
import type { StoredMessage } from './outbox.repository.js';

export const destinationSchema = z.object({
  id: z.string(),
  kind: z.enum(destinationKinds),
  name: z.string(),
  settings: z
    .record(z.string(), z.unknown())
    .describe('Settings as configured (never credentials)'),
  credentials: z.enum(['stored encrypted', 'none']),
  minLevel: z.enum(levels),
  identityKinds: z.array(z.enum(identityKinds)),
  enabled: z.boolean(),
  status: z.object({
    pending: z.number().int().describe('Messages waiting or being delivered'),
    delivered: z.number().int().describe('Delivered in the last 7 days'),
    dead: z.number().int(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export interface DestinationStatus {
  counts: OutboxCounts;
  lastError: { error: string; at: number } | undefined;
}

/** A destination as the API shows it: its credentials are never sent back, only that they exist. */
export function presentDestination(
  d: Destination,
  status: DestinationStatus,
): z.infer<typeof destinationSchema> {
  return {
    id: d.id,
    kind: d.kind,
    name: d.name,
    settings: d.settings,
    credentials: d.sealedCredentials === null ? 'none' : 'stored encrypted',
    minLevel: d.minLevel,
    identityKinds: d.identityKinds,
    enabled: d.enabled,
    status: {
      pending: status.counts.pending + status.counts.delivering,
      delivered: status.counts.delivered,
      dead: status.counts.dead,
      lastError: status.lastError?.error ?? null,
      lastErrorAt: toIso(status.lastError?.at ?? null),
    },
    createdAt: toIso(d.createdAt) ?? '',
    updatedAt: toIso(d.updatedAt) ?? '',
  };
}

export const messageSchema = z.object({
  id: z.string(),
  kind: z.string(),
  idempotencyKey: z.string(),
  state: z.enum(['pending', 'delivering', 'delivered', 'dead']),
  attempts: z.number().int(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  payload: z.unknown(),
});

export function presentMessage(m: StoredMessage): z.infer<typeof messageSchema> {
  return {
    id: m.id,
    kind: m.kind,
    idempotencyKey: m.idempotencyKey,
    state: m.state,
    attempts: m.attempts,
    createdAt: toIso(m.createdAt) ?? '',
    lastAttemptAt: toIso(m.lastAttemptAt),
    nextAttemptAt: m.state === 'pending' ? toIso(m.nextAttemptAt) : null,
    lastError: m.lastError,
    payload: m.payload,
  };
}
