// In-process throughput of the risk engine (docs/risk-model.md, "Performance").
// Run: node --expose-gc --max-old-space-size=4096 --import tsx bench/risk-model.bench.ts [identities] [events]
import { performance } from 'node:perf_hooks';
import {
  DAY_MS,
  addEvent,
  createModel,
  emptyEventColumns,
  explain,
  newState,
  percentileRanks,
  recomputeAll,
  scoreState,
  type EventColumns,
  type Model,
  type ScoringEvent,
} from '../src/risk/index.js';

const identities = Number(process.argv[2] ?? 100_000);
const eventCount = Number(process.argv[3] ?? 10_000_000);
const at = Date.UTC(2026, 5, 1);
const model = createModel();

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Relative frequency of behaviours, rounded from the demo organisation's ground truth (2,000
 * people, 180 days): blocked and delivered mail threats dominate, as they do in real mail flow.
 * Behaviours not listed occur at weight 20 (about 0.005 % each).
 */
const mix: Readonly<Record<string, number>> = {
  'threat.malicious_email_blocked': 150_000,
  'threat.impersonation_targeted': 32_000,
  'auth.signin_failed': 24_000,
  'threat.malicious_email_delivered': 22_000,
  'phishing.sim_opened': 12_000,
  'threat.password_spray_targeted': 8_000,
  'threat.mfa_fatigue_attack': 8_000,
  'phishing.real_reported': 6_000,
  'training.completed': 5_000,
  'auth.mfa_push_denied': 5_000,
  'phishing.sim_clicked': 4_000,
  'training.overdue': 4_000,
  'phishing.sim_reported': 3_500,
  'threat.risky_signin': 2_400,
  'web.policy_violation': 2_100,
  'phishing.real_click_blocked': 1_900,
  'data.dlp_violation': 1_900,
  'phishing.real_clicked': 1_700,
  'web.malicious_site_visited': 1_500,
  'phishing.sim_submitted': 1_000,
  'threat.leaked_credentials': 950,
  'threat.user_risk_elevated': 950,
  'endpoint.malware_blocked': 870,
  'threat.very_attacked': 840,
  'phishing.real_credentials_submitted': 800,
};

/** Events over a year in time order, drawn from `mix`; a few heavy identities, many light. */
function generate(m: Model): EventColumns {
  const rnd = random(7);
  const columns = emptyEventColumns(eventCount);
  const n = m.behaviours.length;
  const popularity = m.behaviours.map((b) => mix[b.type] ?? 20);
  const total = popularity.reduce((s, p) => s + p, 0);
  const cumulative = popularity.map(
    (
      (sum) => (p: number) =>
        (sum += p / total)
    )(0),
  );
  const start = at - 365 * DAY_MS;
  for (let i = 0; i < eventCount; i++) {
    const u = rnd();
    let b = 0;
    while (b < n - 1 && (cumulative[b] ?? 1) < u) b++;
    columns.identity[i] = Math.floor(Math.pow(rnd(), 1.5) * identities);
    columns.behaviour[i] = b;
    columns.time[i] = start + (i / eventCount) * 365 * DAY_MS;
    columns.scale[i] = rnd() < 0.02 ? 0 : 1;
  }
  columns.length = eventCount;
  return columns;
}

function time<T>(label: string, fn: () => T): { result: T; seconds: number } {
  global.gc?.();
  const t0 = performance.now();
  const result = fn();
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${label}: ${seconds.toFixed(3)} s`);
  return { result, seconds };
}

const { result: columns } = time(`generate ${eventCount} events for ${identities} identities`, () =>
  generate(model),
);

const full = time('full recompute', () => recomputeAll(model, columns, identities, at));
console.log(`  full recompute: ${(eventCount / full.seconds / 1e6).toFixed(2)} M events/s`);

time('percentile ranks', () => percentileRanks(full.result.risk));

const types = model.behaviours.map((b) => b.type);
const incremental = time('incremental: add each event and rescore its identity', () => {
  const states = Array.from({ length: identities }, () => newState(model, at - 365 * DAY_MS));
  const event: ScoringEvent = { type: '', time: 0, severity: null, details: {} };
  const human = {};
  const scanner = { automated: true };
  let checksum = 0;
  for (let i = 0; i < eventCount; i++) {
    const state = states[columns.identity[i] ?? 0];
    if (state === undefined) continue;
    event.type = types[columns.behaviour[i] ?? 0] ?? '';
    event.time = columns.time[i] ?? 0;
    event.details = columns.scale[i] === 0 ? scanner : human;
    addEvent(model, state, event);
    checksum += scoreState(model, state, event.time).risk;
  }
  return checksum;
});
console.log(`  incremental: ${(eventCount / incremental.seconds / 1e3).toFixed(0)} k events/s`);

// Explanation of one identity from its own events, as the API would do after one indexed query.
const byIdentity = new Map<number, ScoringEvent[]>();
const sample = new Set(Array.from({ length: 500 }, (_, i) => Math.floor((i * identities) / 500)));
for (let i = 0; i < eventCount; i++) {
  const id = columns.identity[i] ?? 0;
  if (!sample.has(id)) continue;
  const list = byIdentity.get(id) ?? [];
  list.push({
    type: types[columns.behaviour[i] ?? 0] ?? '',
    time: columns.time[i] ?? 0,
    eventId: `e${i}`,
  });
  byIdentity.set(id, list);
}
const latencies: number[] = [];
for (const events of byIdentity.values()) {
  const t0 = performance.now();
  explain(model, events, at);
  latencies.push(performance.now() - t0);
}
latencies.sort((a, b) => a - b);
const p = (q: number): number =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
const sizes = [...byIdentity.values()].map((e) => e.length);
console.log(
  `explain one identity (${latencies.length} identities, ${Math.min(...sizes)}–${Math.max(...sizes)} events): p50 ${p(0.5).toFixed(2)} ms, p99 ${p(0.99).toFixed(2)} ms`,
);
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
