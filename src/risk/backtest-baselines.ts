import { eventScale, type ScoringEvent } from './event.js';
import type { Model } from './model.js';

/** The simple rankings the index must beat; higher = riskier for each. */
export const baselineNames = [
  'simulationClickRate',
  'trainingGap',
  'realClicks',
  'random',
] as const;
export type BaselineName = (typeof baselineNames)[number];

const SIM_FAILURES = new Set(['phishing.sim_clicked', 'phishing.sim_attachment_opened']);
const REAL_CLICKS = new Set(['phishing.real_clicked', 'phishing.real_click_blocked']);

/**
 * Baseline scores of one identity from its events up to `asOf`:
 * - simulationClickRate: simulated failures (clicks, attachment opens) ÷ simulations received
 *   (KnowBe4's phish-failure idea). Received comes from `simulationsReceived` when the caller knows
 *   it, else from the distinct `details.campaignId` of the person's simulation events;
 * - trainingGap: 1 − completed ÷ (completed + overdue), and 1 with no training on record;
 * - realClicks: count of clicks on real phishing, permitted or blocked;
 * - random: a seeded uniform draw.
 * Clicks flagged as a mail scanner's count for none of them.
 */
export function baselineScores(
  model: Model,
  events: readonly ScoringEvent[],
  asOf: number,
  random: () => number,
  simulationsReceived?: number,
): Record<BaselineName, number> {
  let failures = 0;
  let completed = 0;
  let overdue = 0;
  let realClicks = 0;
  const campaigns = new Set<string>();
  for (const e of events) {
    const b = model.indexOf.get(e.type);
    if (e.time > asOf || b === undefined || eventScale(model, b, e) === 0) continue;
    if (e.type.startsWith('phishing.sim_')) campaigns.add(campaignOf(e));
    if (SIM_FAILURES.has(e.type)) failures++;
    else if (REAL_CLICKS.has(e.type)) realClicks++;
    else if (e.type === 'training.completed') completed++;
    else if (e.type === 'training.overdue') overdue++;
  }
  const received = simulationsReceived ?? campaigns.size;
  return {
    simulationClickRate: received > 0 ? Math.min(1, failures / received) : 0,
    trainingGap: completed + overdue > 0 ? 1 - completed / (completed + overdue) : 1,
    realClicks,
    random: random(),
  };
}

function campaignOf(e: ScoringEvent): string {
  const id = e.details?.campaignId;
  if (typeof id === 'string' || typeof id === 'number') return `c:${id}`;
  return `e:${e.eventId ?? `${e.type}@${e.time}`}`;
}

/** mulberry32: a small, fast, seeded generator, so the random baseline is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
