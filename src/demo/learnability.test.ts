import { describe, expect, it } from 'vitest';
import { builtInBehaviours } from '../catalog/behaviours.js';
import { generateOrganisation } from './org/organisation.js';
import { simulate } from './world/simulate.js';

/**
 * The world must be learnable: what is observable before an as-of date should predict who has
 * a real incident after it, through many behaviours rather than simulation clicks alone. This is
 * checked with a plain catalogue-weighted, time-decayed sum of the events before the as-of date —
 * a reference, not Bulwark's risk model — against the baselines the backtest uses.
 */
const DAY = 86_400_000;
const options = { people: 1000, days: 180, seed: 1, endDate: '2026-06-30' };
const HORIZON_DAYS = 30;
const INCIDENTS = new Set([
  'phishing.real_credentials_submitted',
  'auth.account_compromised',
  'endpoint.malware_executed',
  'data.leak_confirmed',
]);

const org = generateOrganisation(options);
const catalogue = new Map(builtInBehaviours.map((b) => [b.type, b]));
const index = new Map(org.members.map((m) => [m.email, m.index]));
const size = org.members.length;
const end = Date.parse('2026-07-01T00:00:00Z');
const asOf = end - HORIZON_DAYS * DAY;

const reference = new Float64Array(size);
const simsReceived = new Float64Array(size);
const simFailures = new Float64Array(size);
const trainingDone = new Float64Array(size);
const trainingAssigned = new Float64Array(size);
const realClicks = new Float64Array(size);
const label = new Uint8Array(size);
let incidentsBefore = 0;
let incidentsAfter = 0;

function add(values: Float64Array, i: number, amount: number): void {
  values[i] = (values[i] ?? 0) + amount;
}

for (const signal of simulate(org, options)) {
  const r = signal.record;
  const before = signal.time < asOf;
  if (before && ((signal.format === 'gophish' && r.message === 'Email Sent') || 'pst_id' in r))
    for (const t of signal.truth) add(simsReceived, index.get(t.email) ?? 0, 1);
  for (const t of signal.truth) {
    const i = index.get(t.email) ?? 0;
    if (INCIDENTS.has(t.behaviour)) {
      if (before) incidentsBefore += 1;
      else {
        incidentsAfter += 1;
        label[i] = 1;
      }
    }
    if (!before || t.automated === true) continue;
    if (t.behaviour === 'phishing.sim_clicked' || t.behaviour === 'phishing.sim_attachment_opened')
      add(simFailures, i, 1);
    if (t.behaviour === 'training.completed') add(trainingDone, i, 1);
    if (t.behaviour === 'training.completed' || t.behaviour === 'training.overdue')
      add(trainingAssigned, i, 1);
    if (t.behaviour === 'phishing.real_clicked' || t.behaviour === 'phishing.real_click_blocked')
      add(realClicks, i, 1);
    const behaviour = catalogue.get(t.behaviour);
    if (!behaviour) continue;
    const decay = Math.pow(2, -(asOf - signal.time) / DAY / behaviour.halfLifeDays);
    add(reference, i, (behaviour.polarity === 'risk' ? 1 : -1) * behaviour.weight * decay);
  }
}

const people = org.members.filter((m) => m.kind === 'person').map((m) => m.index);

/** Area under the ROC curve, ties counted half (Mann–Whitney U). */
function auc(score: (i: number) => number): number {
  const ranked = people.map((i) => ({ s: score(i), y: label[i] ?? 0 })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let positives = 0;
  for (let k = 0; k < ranked.length;) {
    let j = k;
    while (j < ranked.length && ranked[j]?.s === ranked[k]?.s) j += 1;
    const rank = (k + 1 + j) / 2;
    for (let q = k; q < j; q += 1) {
      if (!ranked[q]?.y) continue;
      rankSum += rank;
      positives += 1;
    }
    k = j;
  }
  const negatives = ranked.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

const ratio = (a: Float64Array, b: Float64Array) => (i: number) =>
  (b[i] ?? 0) > 0 ? (a[i] ?? 0) / (b[i] ?? 1) : 0;

describe('the demo world is realistic, noisy and learnable', () => {
  it('concentrates real incidents late in the period, on a minority', () => {
    const perDayAfter = incidentsAfter / HORIZON_DAYS;
    const perDayBefore = incidentsBefore / (options.days - HORIZON_DAYS);
    expect(perDayAfter).toBeGreaterThan(3 * perDayBefore);
    const prevalence = people.filter((i) => label[i]).length / people.length;
    expect(prevalence).toBeGreaterThan(0.03);
    expect(prevalence).toBeLessThan(0.15);
  });

  it('lets the hidden hazard rank who has an incident (the ceiling)', () => {
    expect(auc((i) => org.members[i]?.traits.hazard ?? 0)).toBeGreaterThan(0.85);
  });

  it('lets the observable signals before the as-of date predict incidents after it', () => {
    const score = auc((i) => reference[i] ?? 0);
    const baselines = {
      simulationClickRate: auc(ratio(simFailures, simsReceived)),
      trainingCompletion: auc((i) => -ratio(trainingDone, trainingAssigned)(i)),
      realClicks: auc((i) => realClicks[i] ?? 0),
      random: 0.5,
    };
    expect(score).toBeGreaterThanOrEqual(0.8);
    for (const [name, value] of Object.entries(baselines))
      expect(score - value, name).toBeGreaterThanOrEqual(0.03);
  });
});
