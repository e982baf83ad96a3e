import { baselineNames, baselineScores, seededRandom } from './backtest-baselines.js';
import { auc, calibration, topShare, type CalibrationRow } from './backtest-metrics.js';
import { checkEvents, type ScoringEvent } from './event.js';
import { DAY_MS, type Model } from './model.js';
import { finishPopulation, type Member } from './population.js';
import { scoreEvents } from './score.js';

export interface BacktestIdentity extends Member {
  accessPoints: number;
  /** Simulations the person received before `asOf`, when the campaign records know it. */
  simulationsReceived?: number;
}

export type TaggedEvent = ScoringEvent & { identityId: string };

export interface BacktestInput {
  identities: readonly BacktestIdentity[];
  events: readonly TaggedEvent[];
  asOf: number;
  /** Days after `asOf` in which incidents are counted (default 90). */
  horizonDays?: number;
  /** Impact of one incident; default `details.impact` when it is a number ≥ 0, else 1. */
  impactOf?: (incident: TaggedEvent) => number;
  /** Seed of the random baseline (default 1). */
  seed?: number;
  /**
   * Further rankings reported after the baselines but never counted as one, such as the demo's
   * hidden incident hazard (the ceiling any index can reach on it).
   */
  references?: readonly BacktestReference[];
}

export interface BacktestReference {
  name: string;
  scoreOf: (identityId: string) => number;
}

export interface RankingReport {
  name: string;
  auc: number;
  /** Share of incidents on the top 10 % of identities by this ranking. */
  topDecileIncidents: number;
  /** Share of incident impact on the top 10 %. */
  topDecileImpact: number;
  calibration: CalibrationRow[];
}

export interface BacktestReport {
  asOf: number;
  horizonDays: number;
  modelVersion: string;
  identities: number;
  identitiesWithIncident: number;
  incidents: number;
  impact: number;
  /** likelihood, risk, each baseline, then the references asked for. */
  rankings: RankingReport[];
  /** likelihood AUC minus the best baseline AUC; risk's top-decile impact minus the best baseline's. */
  margins: { likelihoodAuc: number; riskTopDecileImpact: number };
}

/**
 * Scores every identity as of `asOf` from the events up to then, and measures how well the
 * likelihood and the full index rank the incidents of the following `horizonDays` (incidents are
 * events whose behaviour has `incident: true`), beside the simple baselines.
 */
export function backtest(model: Model, input: BacktestInput): BacktestReport {
  checkEvents(model, input.events);
  const horizonDays = input.horizonDays ?? 90;
  const end = input.asOf + horizonDays * DAY_MS;
  const byIdentity = groupEvents(input.events);
  const own = input.identities.map((m) =>
    scoreEvents(model, byIdentity.get(m.id) ?? [], input.asOf, m.accessPoints),
  );
  const scored = finishPopulation(model, input.identities, own, input.asOf);
  const impactOf = input.impactOf ?? defaultImpact;
  const outcome = input.identities.map((m) =>
    incidentsOf(model, byIdentity.get(m.id) ?? [], input.asOf, end, impactOf),
  );
  const positive = outcome.map((o) => o.count > 0);
  const counts = outcome.map((o) => o.count);
  const impacts = outcome.map((o) => o.impact);
  const random = seededRandom(input.seed ?? 1);
  const baselines = input.identities.map((m) =>
    baselineScores(model, byIdentity.get(m.id) ?? [], input.asOf, random, m.simulationsReceived),
  );
  const rank = (name: string, scores: number[]): RankingReport => ({
    name,
    auc: auc(scores, positive),
    topDecileIncidents: topShare(scores, counts),
    topDecileImpact: topShare(scores, impacts),
    calibration: calibration(scores, positive),
  });
  const rankings = [
    rank(
      'likelihood',
      scored.map((s) => s.likelihood),
    ),
    rank(
      'risk',
      scored.map((s) => s.risk),
    ),
    ...baselineNames.map((name) =>
      rank(
        name,
        baselines.map((b) => b[name]),
      ),
    ),
    ...(input.references ?? []).map((r) =>
      rank(
        r.name,
        input.identities.map((m) => r.scoreOf(m.id)),
      ),
    ),
  ];
  return {
    asOf: input.asOf,
    horizonDays,
    modelVersion: model.version,
    identities: input.identities.length,
    identitiesWithIncident: positive.filter(Boolean).length,
    incidents: counts.reduce((s, c) => s + c, 0),
    impact: impacts.reduce((s, c) => s + c, 0),
    rankings,
    margins: margins(rankings),
  };
}

function margins(rankings: RankingReport[]): BacktestReport['margins'] {
  const base = rankings.filter((r) => (baselineNames as readonly string[]).includes(r.name));
  const best = (f: (r: RankingReport) => number): number => Math.max(...base.map(f));
  const likelihood = rankings.find((r) => r.name === 'likelihood');
  const risk = rankings.find((r) => r.name === 'risk');
  return {
    likelihoodAuc: (likelihood?.auc ?? NaN) - best((r) => r.auc),
    riskTopDecileImpact: (risk?.topDecileImpact ?? NaN) - best((r) => r.topDecileImpact),
  };
}

function groupEvents(events: readonly TaggedEvent[]): Map<string, TaggedEvent[]> {
  const map = new Map<string, TaggedEvent[]>();
  for (const e of events) {
    const list = map.get(e.identityId) ?? [];
    list.push(e);
    map.set(e.identityId, list);
  }
  return map;
}

function incidentsOf(
  model: Model,
  events: readonly TaggedEvent[],
  from: number,
  to: number,
  impactOf: (e: TaggedEvent) => number,
): { count: number; impact: number } {
  let count = 0;
  let impact = 0;
  for (const e of events) {
    if (e.time <= from || e.time > to) continue;
    const b = model.indexOf.get(e.type);
    if (b === undefined || model.behaviours[b]?.incident !== true) continue;
    count++;
    impact += Math.max(0, impactOf(e));
  }
  return { count, impact };
}

function defaultImpact(e: TaggedEvent): number {
  const value = e.details?.impact;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 1;
}
