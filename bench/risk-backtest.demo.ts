// Backtest of the Human Risk Index on the demo organisation, in process (docs/risk-model.md,
// "Backtest"). Events are the demo's ground-truth traces: what a correct normaliser yields.
// Run: node --import tsx bench/risk-backtest.demo.ts [people] [days] [seed] [asOfDay] [horizonDays]
import { generateOrganisation } from '../src/demo/org/organisation.js';
import { simulate } from '../src/demo/world/simulate.js';
import {
  DAY_MS,
  accessProfile,
  backtest,
  createModel,
  snapshots,
  type AccessInput,
  type BacktestIdentity,
  type TaggedEvent,
} from '../src/risk/index.js';

const [people = 2000, days = 180, seed = 1, asOfDay = 90, horizonDays = 90] = process.argv
  .slice(2)
  .map(Number);
const endDate = '2026-06-30';
const model = createModel();
const org = generateOrganisation({ people, days, seed, endDate });

const access = new Map<
  string,
  AccessInput & { entitlements: AccessInput['entitlements'] & object[] }
>();
for (const row of org.directory)
  access.set(row.email, {
    entitlements: [],
    privileged: row.privileged === 'true',
    financialAuthority: row.financial_authority === 'true',
    scopes: row.scopes === '' ? [] : row.scopes.split(';'),
  });
for (const row of org.access)
  access.get(row.email)?.entitlements.push({
    resource: row.resource,
    criticality: row.criticality,
    admin: row.admin === 'true',
  });

const events: TaggedEvent[] = [];
let skipped = 0;
for (const signal of simulate(org))
  for (const truth of signal.truth) {
    if (!model.indexOf.has(truth.behaviour)) {
      skipped++;
      continue;
    }
    const details = truth.automated === true ? { automated: true } : {};
    events.push({ identityId: truth.email, type: truth.behaviour, time: signal.time, details });
  }

// Impact of an incident: the hidden share of critical and high access the identity holds (the
// demo's ground truth, not the engine's access score), on a 1–5 scale.
const weight = new Map(org.members.map((m) => [m.email, m.accessWeight]));
const identities: BacktestIdentity[] = org.directory.map((row) => ({
  id: row.email,
  kind: row.kind,
  ownerId: row.owner_email === '' ? null : row.owner_email,
  accessPoints: accessProfile(access.get(row.email) ?? {}).points,
}));
const first = events.reduce((m, e) => Math.min(m, e.time), Infinity);
const periodStart = Date.parse(`${endDate}T00:00:00Z`) - (days - 1) * DAY_MS;
const asOf = periodStart + asOfDay * DAY_MS;
const report = backtest(model, {
  identities: identities.filter((i) => i.kind === 'person'),
  events,
  asOf,
  horizonDays,
  impactOf: (e) => 1 + 4 * (weight.get(e.identityId) ?? 0),
});

console.log(
  `events ${events.length} (non-behaviour traces ${skipped}); first ${new Date(first).toISOString()}`,
);
console.log(
  `as of ${new Date(asOf).toISOString()}, horizon ${horizonDays} d, people ${report.identities}`,
);
console.log(
  `incidents ${report.incidents} on ${report.identitiesWithIncident} people, impact ${report.impact.toFixed(1)}`,
);
console.log('ranking              AUC    top-10% incidents  top-10% impact');
for (const r of report.rankings)
  console.log(
    `${r.name.padEnd(20)} ${r.auc.toFixed(3)}  ${r.topDecileIncidents.toFixed(3)}              ${r.topDecileImpact.toFixed(3)}`,
  );
console.log(
  `margins: likelihood AUC over best baseline ${report.margins.likelihoodAuc.toFixed(3)}; risk top-decile impact over best baseline ${report.margins.riskTopDecileImpact.toFixed(3)}`,
);
const likelihood = report.rankings[0];
console.log('likelihood calibration (decile: mean score → observed incident rate)');
for (const row of likelihood?.calibration ?? [])
  console.log(
    `  ${row.decile}: ${row.meanScore.toFixed(1)} → ${(100 * row.observedRate).toFixed(1)} %`,
  );

// How the levels fall at the end of the period, untuned.
const periodEnd = periodStart + days * DAY_MS - 1;
const [last] = snapshots(model, identities, events, [periodEnd]);
const people_ = (last?.scores ?? []).filter((s) => s.kind === 'person');
const byLevel = new Map<string, number>();
for (const s of people_) byLevel.set(s.level, (byLevel.get(s.level) ?? 0) + 1);
const share = (level: string): string =>
  `${((100 * (byLevel.get(level) ?? 0)) / people_.length).toFixed(1)} %`;
console.log(
  `levels at the end (people): low ${share('low')}, medium ${share('medium')}, high ${share('high')}, critical ${share('critical')}`,
);
