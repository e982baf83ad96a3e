import { z } from 'zod';
import type { BacktestReport } from '../risk/index.js';

const metric = z
  .number()
  .nullable()
  .describe('null when it cannot be computed (no incident, or nobody without one)');

export const backtestSchema = z.object({
  asOf: z.string(),
  horizonDays: z.number().int(),
  modelVersion: z.string(),
  identities: z.number().int(),
  identitiesWithIncident: z.number().int(),
  incidents: z.number().int(),
  impact: z.number(),
  rankings: z.array(
    z.object({
      name: z.string().describe('likelihood, risk, or a baseline'),
      auc: metric,
      topDecileIncidents: metric,
      topDecileImpact: metric,
      calibration: z.array(
        z.object({
          decile: z.number().int(),
          identities: z.number().int(),
          withIncident: z.number().int(),
          meanScore: metric,
          observedRate: metric,
        }),
      ),
    }),
  ),
  margins: z.object({ likelihoodAuc: metric, riskTopDecileImpact: metric }),
});
export type BacktestView = z.infer<typeof backtestSchema>;

const num = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** JSON has no NaN: figures that cannot be computed become null. */
export function presentBacktest(r: BacktestReport): BacktestView {
  return {
    asOf: new Date(r.asOf).toISOString(),
    horizonDays: r.horizonDays,
    modelVersion: r.modelVersion,
    identities: r.identities,
    identitiesWithIncident: r.identitiesWithIncident,
    incidents: r.incidents,
    impact: r.impact,
    rankings: r.rankings.map((k) => ({
      name: k.name,
      auc: num(k.auc),
      topDecileIncidents: num(k.topDecileIncidents),
      topDecileImpact: num(k.topDecileImpact),
      calibration: k.calibration.map((c) => ({
        decile: c.decile,
        identities: c.n,
        withIncident: c.withIncident,
        meanScore: num(c.meanScore),
        observedRate: num(c.observedRate),
      })),
    })),
    margins: {
      likelihoodAuc: num(r.margins.likelihoodAuc),
      riskTopDecileImpact: num(r.margins.riskTopDecileImpact),
    },
  };
}

const f = (n: number | null, d = 3): string => (n === null ? '—' : n.toFixed(d));

/** The report as a person reads it in a terminal. */
export function backtestText(v: BacktestView): string {
  const lines = [
    `backtest as of ${v.asOf}, horizon ${v.horizonDays} days, model ${v.modelVersion}`,
    `${v.identities} people, ${v.incidents} incidents on ${v.identitiesWithIncident} of them, impact ${v.impact.toFixed(1)}`,
    '',
    'ranking               AUC    top-10% incidents  top-10% impact',
    ...v.rankings.map(
      (r) =>
        `${r.name.padEnd(20)}  ${f(r.auc)}  ${f(r.topDecileIncidents).padEnd(17)}  ${f(r.topDecileImpact)}`,
    ),
    '',
    `likelihood AUC over the best baseline: ${f(v.margins.likelihoodAuc)}`,
    `risk top-decile impact over the best baseline: ${f(v.margins.riskTopDecileImpact)}`,
    '',
    'calibration of the likelihood (decile: mean score → observed incident rate)',
    ...(v.rankings[0]?.calibration ?? []).map(
      (c) =>
        `  ${c.decile}: ${f(c.meanScore, 1)} → ${c.observedRate === null ? '—' : `${(100 * c.observedRate).toFixed(1)} %`} (${c.identities})`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
