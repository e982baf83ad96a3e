import { z } from 'zod';
import { toIso } from '../http/schemas.js';
import type { Connector } from './connector.js';
import { connectorKinds } from './connector.js';

const countsSchema = z.object({
  pages: z.number().int(),
  retries: z.number().int(),
  records: z.number().int(),
  stored: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  ignored: z.number().int(),
  people: z.number().int(),
  peopleHeld: z.number().int(),
  aliasesAdded: z.number().int(),
  linkedEvents: z.number().int(),
});

export const connectorSchema = z.object({
  id: z.string(),
  kind: z.enum(connectorKinds),
  name: z.string(),
  settings: z
    .record(z.string(), z.unknown())
    .describe('Settings as configured (never credentials)'),
  credentials: z.literal('stored encrypted'),
  intervalSeconds: z.number().int(),
  enabled: z.boolean(),
  nextRunAt: z.string(),
  status: z.object({
    state: z.enum(['never', 'running', 'ok', 'failed']),
    lastStartedAt: z.string().nullable(),
    lastFinishedAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastCounts: countsSchema.nullable(),
    runs: z.number().int(),
    failures: z.number().int(),
    consecutiveFailures: z.number().int(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A connector as the API shows it: its credentials are never sent back, only that they exist. */
export function presentConnector(c: Connector): z.infer<typeof connectorSchema> {
  const s = c.status;
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    settings: c.settings,
    credentials: 'stored encrypted',
    intervalSeconds: c.intervalSeconds,
    enabled: c.enabled,
    nextRunAt: toIso(c.nextRunAt) ?? '',
    status: {
      state: s.state,
      lastStartedAt: toIso(s.lastStartedAt),
      lastFinishedAt: toIso(s.lastFinishedAt),
      lastSuccessAt: toIso(s.lastSuccessAt),
      lastError: s.lastError,
      lastCounts: s.lastCounts,
      runs: s.runs,
      failures: s.failures,
      consecutiveFailures: s.consecutiveFailures,
    },
    createdAt: toIso(c.createdAt) ?? '',
    updatedAt: toIso(c.updatedAt) ?? '',
  };
}
