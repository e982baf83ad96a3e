import { z } from 'zod';
import { toIso } from '../http/schemas.js';
import type { DeadLetter } from './dead-letter.repository.js';
import type { StoredEvent } from './event.js';
import type { IngestCounts } from './ingest.service.js';

export const eventSchema = z.object({
  id: z.string(),
  source: z.string(),
  time: z.string(),
  type: z.string(),
  subject: z.string(),
  identityId: z.string().nullable(),
  severity: z.enum(['low', 'medium', 'high', 'critical']).nullable(),
  details: z.record(z.string(), z.unknown()),
  ingestedAt: z.string(),
});

export function presentEvent(e: StoredEvent): z.infer<typeof eventSchema> {
  return {
    id: e.eventId,
    source: e.source,
    time: toIso(e.time) ?? '',
    type: e.type,
    subject: e.subject,
    identityId: e.identityId,
    severity: e.severity,
    details: e.details,
    ingestedAt: toIso(e.ingestedAt) ?? '',
  };
}

export const countsSchema = z.object({
  records: z.number().int(),
  events: z.number().int(),
  stored: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  ignored: z.number().int(),
});

export function presentCounts(c: IngestCounts): z.infer<typeof countsSchema> {
  return {
    records: c.records,
    events: c.events,
    stored: c.stored,
    duplicate: c.duplicate,
    rejected: c.rejected,
    ignored: c.ignored,
  };
}

export const deadLetterSchema = z.object({
  id: z.number().int(),
  format: z.string(),
  origin: z.string(),
  line: z.number().int().nullable(),
  reason: z.string(),
  raw: z.string(),
  status: z.enum(['pending', 'replayed']),
  attempts: z.number().int(),
  receivedAt: z.string(),
  resolvedAt: z.string().nullable(),
});

export function presentDeadLetter(d: DeadLetter): z.infer<typeof deadLetterSchema> {
  return {
    id: d.id,
    format: d.format,
    origin: d.origin,
    line: d.line,
    reason: d.reason,
    raw: d.raw,
    status: d.status,
    attempts: d.attempts,
    receivedAt: toIso(d.receivedAt) ?? '',
    resolvedAt: toIso(d.resolvedAt),
  };
}
