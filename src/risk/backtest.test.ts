import { describe, expect, it } from 'vitest';
import { accessProfile } from './access.js';
import { backtest } from './backtest.js';
import { DAY_MS, createModel } from './model.js';
import { syntheticOrg } from './synthetic-org.test-support.js';

const model = createModel();
const start = Date.UTC(2026, 0, 1);
const org = syntheticOrg(1500, start, 300, 42);
const asOf = start + 210 * DAY_MS;
const identities = org.people.map((p) => ({
  id: p.id,
  kind: 'person' as const,
  accessPoints: accessProfile(p.access).points,
}));

describe('backtest', () => {
  const report = backtest(model, { identities, events: org.events, asOf, horizonDays: 90 });
  const by = (name: string) => report.rankings.find((r) => r.name === name);

  it('counts only incidents inside the horizon', () => {
    const inHorizon = org.events.filter(
      (e) => e.type === 'auth.account_compromised' && e.time > asOf && e.time <= asOf + 90 * DAY_MS,
    );
    expect(report.incidents).toBe(inHorizon.length);
    expect(report.impact).toBe(inHorizon.reduce((s, e) => s + Number(e.details?.impact ?? 1), 0));
    expect(report.identitiesWithIncident).toBe(new Set(inHorizon.map((e) => e.identityId)).size);
  });

  it('ranks every score and baseline, with a ten-row calibration table each', () => {
    expect(report.rankings.map((r) => r.name)).toEqual([
      'likelihood',
      'risk',
      'simulationClickRate',
      'trainingGap',
      'realClicks',
      'random',
    ]);
    for (const r of report.rankings) expect(r.calibration).toHaveLength(10);
  });

  it('beats the random baseline and has a margin that matches the rankings', () => {
    const likelihood = by('likelihood')?.auc ?? 0;
    expect(likelihood).toBeGreaterThan((by('random')?.auc ?? 1) + 0.1);
    const best = Math.max(...report.rankings.slice(2).map((r) => r.auc));
    expect(report.margins.likelihoodAuc).toBeCloseTo(likelihood - best, 12);
  });

  it('captures more impact with the full index than with likelihood alone when impact follows access', () => {
    expect(by('risk')?.topDecileImpact).toBeGreaterThan(by('likelihood')?.topDecileImpact ?? 1);
  });

  it('reports a reference ranking after the baselines without counting it as one', () => {
    const incidents = new Set(
      org.events
        .filter((e) => e.type === 'auth.account_compromised' && e.time > asOf)
        .map((e) => e.identityId),
    );
    const oracle = backtest(model, {
      identities,
      events: org.events,
      asOf,
      horizonDays: 90,
      references: [{ name: 'oracle', scoreOf: (id) => (incidents.has(id) ? 1 : 0) }],
    });
    expect(oracle.rankings.map((r) => r.name).at(-1)).toBe('oracle');
    expect(oracle.rankings.at(-1)?.auc).toBe(1);
    expect(oracle.margins).toEqual(report.margins);
  });
});
