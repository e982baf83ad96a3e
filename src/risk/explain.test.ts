import { describe, expect, it } from 'vitest';
import { accessProfile } from './access.js';
import type { ScoringEvent } from './event.js';
import { explain } from './explain.js';
import { DAY_MS, createModel } from './model.js';
import { scoreEvents } from './score.js';

const model = createModel();
const now = Date.UTC(2026, 5, 1);
const ev = (
  type: string,
  daysAgo: number,
  details: Record<string, unknown> = {},
): ScoringEvent => ({
  type,
  time: now - daysAgo * DAY_MS,
  eventId: `${type}-${daysAgo}`,
  details,
});
const events = [
  ev('phishing.real_clicked', 3),
  ev('phishing.real_clicked', 30),
  ev('phishing.sim_clicked', 10),
  ev('phishing.sim_clicked', 11, { automated: true }),
  ev('threat.leaked_credentials', 5),
  ev('training.completed', 2),
];
const access = accessProfile({
  entitlements: [{ resource: 'erp', criticality: 'critical' }],
  financialAuthority: true,
});

describe('explain', () => {
  const x = explain(model, events, now, { access });

  it('agrees with the score', () => {
    expect(x.score.risk).toBeCloseTo(scoreEvents(model, events, now, access.points).risk, 12);
  });

  it('adds up: baseline plus factor points is the index', () => {
    const total = x.baseline + x.factors.reduce((s, f) => s + f.points, 0);
    expect(total).toBeCloseTo(x.score.risk, 9);
  });

  it('splits each factor over behaviours and each behaviour over its events', () => {
    for (const f of ['behavior', 'threat', 'protection'] as const) {
      const factor = x.factors.find((y) => y.factor === f)?.points ?? NaN;
      const behaviours = x.behaviours
        .filter((b) => b.factor === f)
        .reduce((s, b) => s + b.points, 0);
      expect(behaviours).toBeCloseTo(factor, 9);
    }
    const clicks = x.events
      .filter((e) => e.type === 'phishing.real_clicked')
      .reduce((s, e) => s + e.points, 0);
    expect(clicks).toBeCloseTo(
      x.behaviours.find((b) => b.type === 'phishing.real_clicked')?.points ?? NaN,
      9,
    );
    const accessFactor = x.factors.find((f) => f.factor === 'access')?.points ?? NaN;
    expect(x.access.reduce((s, a) => s + a.points, 0)).toBeCloseTo(accessFactor, 9);
  });

  it('gives protection negative points, the recent click more than the older one, and a scanner click none', () => {
    expect(x.factors.find((f) => f.factor === 'protection')?.points).toBeLessThan(0);
    const recent = x.events.find((e) => e.eventId === 'phishing.real_clicked-3')?.points ?? 0;
    const older = x.events.find((e) => e.eventId === 'phishing.real_clicked-30')?.points ?? 0;
    expect(recent).toBeGreaterThan(older);
    const scanner = x.events.find((e) => e.eventId === 'phishing.sim_clicked-11');
    expect(scanner?.points).toBe(0);
    expect(scanner?.note).toContain('scanner');
  });

  it('shows the agents rolled up to an owner as their own factor', () => {
    const owner = explain(model, events, now, { access, agentRisks: [60] });
    const agents = owner.factors.find((f) => f.factor === 'agents');
    expect(agents?.points).toBeGreaterThan(0);
    expect(owner.score.risk).toBeCloseTo(x.score.risk + (agents?.points ?? 0), 9);
  });
});
