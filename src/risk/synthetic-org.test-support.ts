import type { AccessInput } from './access.js';
import { seededRandom } from './backtest-baselines.js';
import type { TaggedEvent } from './backtest.js';
import { DAY_MS } from './model.js';

/**
 * A small seeded organisation for testing the backtest machinery: hidden susceptibility,
 * diligence and exposure drive simulated and real clicks, reports, training and incidents.
 * It checks that the pipeline works and that signals are used, not the model's real accuracy,
 * which is measured on the demo organisation (src/demo).
 */
export interface SyntheticPerson {
  id: string;
  access: AccessInput;
}

export function syntheticOrg(
  people: number,
  start: number,
  days: number,
  seed = 1,
): { people: SyntheticPerson[]; events: TaggedEvent[] } {
  const rnd = seededRandom(seed);
  const persons: SyntheticPerson[] = [];
  const events: TaggedEvent[] = [];
  for (let p = 0; p < people; p++) {
    const id = `p${p}`;
    const s = rnd() ** 2;
    const d = rnd();
    const e = 0.3 + 2 * rnd() ** 3;
    const critical = rnd() < 0.1;
    persons.push({
      id,
      access: {
        entitlements: [{ resource: 'crm', criticality: critical ? 'critical' : 'medium' }],
        financialAuthority: rnd() < 0.05,
      },
    });
    const add = (type: string, day: number, details: Record<string, unknown> = {}): void => {
      events.push({
        identityId: id,
        type,
        time: start + day * DAY_MS + Math.floor(rnd() * DAY_MS),
        details,
      });
    };
    for (let day = 0; day < days; day++) {
      if (day % 30 === 7) simulate(add, day, s, d, rnd, day / 30);
      if (rnd() < 0.08 * e) real(add, day, s, d, rnd, critical);
      if (rnd() < 0.004 * (1 - d)) add('data.dlp_violation', day);
      if (day % 90 === 45)
        add(rnd() < 0.4 + 0.6 * d ? 'training.completed' : 'training.overdue', day);
    }
  }
  return { people: persons, events };
}

type Add = (type: string, day: number, details?: Record<string, unknown>) => void;

function simulate(
  add: Add,
  day: number,
  s: number,
  d: number,
  rnd: () => number,
  campaign: number,
): void {
  const details = { campaignId: campaign };
  if (rnd() < 0.05) add('phishing.sim_clicked', day, { ...details, automated: true });
  if (rnd() < 0.05 + 0.5 * s) {
    add('phishing.sim_clicked', day, details);
    if (rnd() < 0.5) add('phishing.sim_submitted', day, details);
  } else if (rnd() < 0.1 + 0.6 * d) add('phishing.sim_reported', day, details);
}

function real(
  add: Add,
  day: number,
  s: number,
  d: number,
  rnd: () => number,
  critical: boolean,
): void {
  add('threat.malicious_email_delivered', day);
  if (rnd() < 0.25 * s) {
    add('phishing.real_clicked', day);
    if (rnd() < 0.35) add('auth.account_compromised', day, { impact: critical ? 20 : 1 });
  } else if (rnd() < 0.3 * d) add('phishing.real_reported', day);
}
