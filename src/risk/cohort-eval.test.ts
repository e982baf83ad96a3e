import { describe, expect, it } from 'vitest';
import { evaluateCohort, evaluateRule, eventCounter, type CohortSubject } from './cohort-eval.js';
import { parseCohortRule } from './cohort-parse.js';
import { persistentTopDecile } from './cohort-rule.js';
import { DAY_MS, createModel } from './model.js';

const model = createModel();
const now = Date.UTC(2026, 5, 1);

function subject(id: string, over: Partial<CohortSubject> = {}): CohortSubject {
  return {
    id,
    attributes: { department: 'Finance', title: 'Senior Accountant', groups: ['vip', 'emea'] },
    scores: {
      risk: 55,
      likelihood: 40,
      behavior: 50,
      threat: 20,
      access: 60,
      level: 'high',
      percentile: 93,
    },
    countEvents: eventCounter(
      model,
      [
        { type: 'phishing.sim_clicked', time: now - 10 * DAY_MS },
        { type: 'phishing.sim_clicked', time: now - 100 * DAY_MS },
        { type: 'phishing.sim_clicked', time: now - 5 * DAY_MS, details: { automated: true } },
        { type: 'data.dlp_violation', time: now - 1 * DAY_MS },
      ],
      now,
    ),
    ...over,
  };
}
const rule = (json: unknown) => parseCohortRule(json, model.indexOf);
const holds = (json: unknown, s = subject('a')) => evaluateRule(rule(json), s, now);

describe('evaluateRule', () => {
  it('matches attributes case-insensitively, and lists by any element', () => {
    expect(holds({ attribute: 'department', equals: 'finance' })).toBe(true);
    expect(holds({ attribute: 'title', contains: 'accountant' })).toBe(true);
    expect(holds({ attribute: 'groups', in: ['VIP'] })).toBe(true);
    expect(holds({ attribute: 'location', equals: 'Oslo' })).toBe(false);
  });

  it('tests score ranges, levels and percentiles inclusively', () => {
    expect(holds({ score: 'risk', min: 55 })).toBe(true);
    expect(holds({ score: 'access', max: 59.9 })).toBe(false);
    expect(holds({ level: ['high', 'critical'] })).toBe(true);
    expect(holds({ percentile: { min: 90 } })).toBe(true);
  });

  it('counts behaviours in a window, without scanner clicks', () => {
    expect(holds({ behaviour: 'phishing.sim_clicked', min: 1, max: 1, withinDays: 30 })).toBe(true);
    expect(holds({ behaviour: 'phishing.sim_clicked', min: 2, withinDays: 365 })).toBe(true);
    expect(holds({ category: 'data', min: 1, withinDays: 7 })).toBe(true);
  });

  it('combines with all, any and not', () => {
    expect(
      holds({ all: [{ level: 'high' }, { not: { attribute: 'department', equals: 'Finance' } }] }),
    ).toBe(false);
    expect(holds({ any: [{ level: 'low' }, { percentile: { min: 90 } }] })).toBe(true);
  });
});

describe('persistently in the top 10 %', () => {
  const history = (daysInTop: number) =>
    Array.from({ length: 30 }, (_, i) => ({
      at: now - i * DAY_MS,
      percentile: i < daysInTop ? 95 : 50,
    }));

  it('needs 24 of the last 30 daily snapshots at or above the 90th percentile', () => {
    const rule =
      persistentTopDecile.kind === 'dynamic'
        ? persistentTopDecile.rule
        : { op: 'members' as const, ids: [] };
    expect(evaluateRule(rule, subject('a', { history: history(24) }), now)).toBe(true);
    expect(evaluateRule(rule, subject('a', { history: history(23) }), now)).toBe(false);
    expect(evaluateRule(rule, subject('a'), now)).toBe(false);
  });
});

describe('evaluateCohort', () => {
  it('returns the matching identities of a dynamic cohort and the known members of a static one', () => {
    const people = [subject('a'), subject('b', { attributes: { department: 'Sales' } })];
    expect([
      ...evaluateCohort(
        { kind: 'dynamic', rule: rule({ attribute: 'department', equals: 'Sales' }) },
        people,
        now,
      ),
    ]).toEqual(['b']);
    expect([...evaluateCohort({ kind: 'static', members: ['a', 'gone'] }, people, now)]).toEqual([
      'a',
    ]);
  });
});
