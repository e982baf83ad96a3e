import { z } from 'zod';
import { levels, type Explanation } from '../risk/index.js';
import type { StoredScore } from './population.repository.js';
import type { RiskListItem } from './risk-query.js';

export const levelSchema = z.enum(levels);

export const scoreSchema = z.object({
  risk: z.number().describe('The Human Risk Index, 0–100'),
  likelihood: z.number().describe('Probability-like part before impact, 0–100'),
  behavior: z.number(),
  threat: z.number(),
  access: z.number(),
  protection: z.number().describe('Share of behaviour points taken off by protective behaviour, %'),
  ownRisk: z.number().describe('The index before owned agents are rolled up'),
  level: levelSchema,
  percentile: z.number().describe('Among identities of the same kind in the tenant, 0–100'),
  modelVersion: z.string(),
  computedAt: z.string(),
});

export function presentScore(s: StoredScore): z.infer<typeof scoreSchema> {
  return {
    risk: s.risk,
    likelihood: s.likelihood,
    behavior: s.behavior,
    threat: s.threat,
    access: s.access,
    protection: s.protection,
    ownRisk: s.ownRisk,
    level: s.level,
    percentile: s.percentile,
    modelVersion: s.modelVersion,
    computedAt: new Date(s.computedAt).toISOString(),
  };
}

export const riskListItemSchema = scoreSchema.extend({
  identity: z.object({
    id: z.string(),
    kind: z.enum(['person', 'agent']),
    email: z.string(),
    name: z.string().nullable(),
    department: z.string().nullable(),
    title: z.string().nullable(),
  }),
});

export function presentListItem(i: RiskListItem): z.infer<typeof riskListItemSchema> {
  return {
    ...presentScore(i),
    identity: {
      id: i.identityId,
      kind: i.kind,
      email: i.email,
      name: i.name,
      department: i.department,
      title: i.title,
    },
  };
}

export const explanationSchema = z.object({
  baseline: z.number().describe('The index of someone with no events and no access'),
  factors: z.array(
    z.object({
      factor: z.enum(['behavior', 'threat', 'access', 'protection', 'agents']),
      value: z.number(),
      points: z.number().describe('Points of the index due to this factor (Shapley value)'),
    }),
  ),
  behaviours: z.array(
    z.object({
      type: z.string(),
      title: z.string(),
      factor: z.string(),
      events: z.number().int(),
      points: z.number(),
    }),
  ),
  events: z.array(
    z.object({
      eventId: z.string().nullable(),
      time: z.string(),
      type: z.string(),
      title: z.string(),
      points: z.number(),
      note: z.string().optional(),
    }),
  ),
  access: z.array(z.object({ kind: z.string(), label: z.string(), points: z.number() })),
});

export function presentExplanation(e: Explanation): z.infer<typeof explanationSchema> {
  return {
    baseline: e.baseline,
    factors: e.factors.map((f) => ({ factor: f.factor, value: f.value, points: f.points })),
    behaviours: e.behaviours.map((b) => ({
      type: b.type,
      title: b.title,
      factor: b.factor,
      events: b.events,
      points: b.points,
    })),
    events: e.events.map((ev) => ({
      eventId: ev.eventId,
      time: new Date(ev.time).toISOString(),
      type: ev.type,
      title: ev.title,
      points: ev.points,
      ...(ev.note ? { note: ev.note } : {}),
    })),
    access: e.access.map((a) => ({ kind: a.kind, label: a.label, points: a.points })),
  };
}
