import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { viewerOfRequest } from '../http/auth.hook.js';
import type { AppContext } from '../http/context.js';
import { protectedErrors } from '../http/schemas.js';
import { DEFAULT_MIN_GROUP_SIZE, dimensions, levels } from '../risk/index.js';
import { aggregateRisk } from './aggregates.service.js';
import { backtestSchema, presentBacktest } from './backtest.presenter.js';
import { runBacktest } from './backtest.service.js';
import { loadCursor } from './cursor.repository.js';
import { loadDrivers } from './drivers.repository.js';
import { modelFor } from './model.service.js';
import { cachedPopulation, cachedView, VersionedCache } from './population-cache.js';
import { trend, visiblePopulation, visibleStates } from './risk-query.js';
import { aggregateVisibility, seesWholeTenant } from './risk-visibility.js';
import { DAY_MS, dayOf } from './snapshot.repository.js';
import { distributionOf, driversOf, type Driver } from './stats.js';

/** Each view's drivers, kept until the scores or the directory change (src/scoring/population-cache.ts). */
const driverLists = new VersionedCache<Driver[]>();

const kindQuery = z.enum(['person', 'agent']).optional();
const minGroupSize = z.coerce
  .number()
  .int()
  .min(DEFAULT_MIN_GROUP_SIZE)
  .max(1000)
  .default(DEFAULT_MIN_GROUP_SIZE)
  .describe('Groups smaller than this are hidden (at least 5)');
const levelCounts = z.object(
  Object.fromEntries(levels.map((l) => [l, z.number().int()])) as Record<
    (typeof levels)[number],
    z.ZodNumber
  >,
);

/**
 * Population figures. Each is computed over the caller's visible population (a manager's reports,
 * a scoped role's departments) and withheld when that population is smaller than the minimum
 * group size, so that no aggregate narrows down to a person.
 */
export function riskInsightRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/risk/distribution',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary: 'Histogram, level counts and percentiles of the visible population',
        querystring: z.object({ kind: kindQuery, minGroupSize }),
        response: {
          200: z.object({
            hidden: z
              .boolean()
              .describe('true when fewer identities than minGroupSize are visible'),
            identities: z.number().int(),
            mean: z.number().nullable(),
            histogram: z.array(z.number().int()).nullable(),
            levels: levelCounts.nullable(),
            percentiles: z.record(z.string(), z.number()).nullable(),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const rows = await cachedPopulation(
        ctx.db,
        viewer.tenantId,
        aggregateVisibility(viewer),
        request.query.kind,
      );
      if (rows.length < request.query.minGroupSize)
        return {
          hidden: true,
          identities: rows.length,
          mean: null,
          histogram: null,
          levels: null,
          percentiles: null,
        };
      const d = distributionOf(rows);
      return { hidden: false, ...d };
    },
  );

  api.get(
    '/api/v1/risk/trend',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary: 'Daily mean risk and level counts of the visible population',
        querystring: z.object({
          days: z.coerce.number().int().min(1).max(3650).default(90),
          minGroupSize,
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                day: z.string(),
                identities: z.number().int(),
                meanRisk: z.number(),
                levels: levelCounts,
              }),
            ),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const visibility = aggregateVisibility(viewer);
      const from = dayOf(ctx.clock.now() - (request.query.days - 1) * DAY_MS);
      const items = await trend(
        ctx.db,
        viewer.tenantId,
        visibility,
        seesWholeTenant(visibility),
        from,
      );
      return { items: items.filter((d) => d.identities >= request.query.minGroupSize) };
    },
  );

  api.get(
    '/api/v1/risk/aggregates',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary:
          'Groups ranked by the lower confidence bound of their mean risk; small groups hidden',
        querystring: z.object({ dimension: z.enum(dimensions), kind: kindQuery, minGroupSize }),
        response: {
          200: z.object({
            dimension: z.enum(dimensions),
            minGroupSize: z.number().int(),
            groups: z.array(
              z.object({
                key: z.string(),
                label: z.string(),
                n: z.number().int(),
                mean: z.number(),
                sd: z.number(),
                lowerBound: z.number(),
                levels: levelCounts,
                highOrCritical: z.number(),
              }),
            ),
            hidden: z
              .array(z.object({ key: z.string(), label: z.string() }))
              .describe('Groups smaller than minGroupSize: named, without figures'),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { dimension, kind } = request.query;
      const a = await aggregateRisk(
        ctx.db,
        viewer.tenantId,
        aggregateVisibility(viewer),
        dimension,
        request.query.minGroupSize,
        kind,
      );
      const label = (key: string) => a.labels.get(key) ?? key;
      return {
        dimension: a.dimension,
        minGroupSize: a.minGroupSize,
        groups: a.groups.map((g) => ({ ...g, label: label(g.key) })),
        hidden: a.hidden.map((key) => ({ key, label: label(key) })),
      };
    },
  );

  api.get(
    '/api/v1/risk/drivers',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary: 'The behaviours carrying the most points across the visible population',
        querystring: z.object({
          kind: kindQuery,
          limit: z.coerce.number().int().min(1).max(100).default(15),
          minGroupSize,
        }),
        response: {
          200: z.object({
            hidden: z.boolean(),
            items: z.array(
              z.object({
                type: z.string(),
                title: z.string(),
                category: z.string(),
                identities: z.number().int(),
                points: z.number(),
                share: z.number(),
              }),
            ),
          }),
          ...protectedErrors,
        },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const visibility = aggregateVisibility(viewer);
      const { kind } = request.query;
      const rows = await cachedPopulation(ctx.db, viewer.tenantId, visibility, kind);
      if (rows.length < request.query.minGroupSize) return { hidden: true, items: [] };
      const view = { tenantId: viewer.tenantId, visibility, kind };
      // As of the last scoring run, like the scores; for a viewer who sees everyone, as that run
      // wrote them (scoring.service populationDrivers), otherwise from the visible states.
      const all = await cachedView(driverLists, ctx.db, view, async () => {
        const at = (await loadCursor(ctx.db, viewer.tenantId))?.scoredAt ?? ctx.clock.now();
        const kept = seesWholeTenant(visibility)
          ? await loadDrivers(ctx.db, viewer.tenantId, kind ?? 'all', at)
          : undefined;
        if (kept) return kept;
        const model = await modelFor(ctx.db, viewer.tenantId);
        const states = await visibleStates(ctx.db, viewer.tenantId, visibility, kind);
        return driversOf(model, states, at);
      });
      return { hidden: false, items: all.slice(0, request.query.limit) };
    },
  );

  api.get(
    '/api/v1/risk/backtest',
    {
      config: { access: { permission: 'risk:read' } },
      schema: {
        tags: ['risk'],
        summary:
          'How well scores as of a date ranked the incidents that followed, beside baselines',
        querystring: z.object({
          asOf: z
            .string()
            .refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date or date-time')
            .describe('YYYY-MM-DD (end of that day) or an ISO 8601 date-time'),
          horizon: z.coerce.number().int().min(1).max(3650).default(90),
        }),
        response: { 200: backtestSchema, ...protectedErrors },
      },
    },
    async (request) => {
      const viewer = viewerOfRequest(request);
      const { asOf, horizon } = request.query;
      const at = /^\d{4}-\d{2}-\d{2}$/.test(asOf)
        ? Date.parse(`${asOf}T23:59:59.999Z`)
        : Date.parse(asOf);
      const visibility = aggregateVisibility(viewer);
      const identityIds = seesWholeTenant(visibility)
        ? undefined
        : new Set(
            (await visiblePopulation(ctx.db, viewer.tenantId, visibility)).map((r) => r.identityId),
          );
      const report = await runBacktest({ db: ctx.db, clock: ctx.clock }, viewer.tenantId, {
        asOf: at,
        horizonDays: horizon,
        ...(identityIds ? { identityIds } : {}),
      });
      return presentBacktest(report);
    },
  );
}
