import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { parseCohortDefinition, parseCohortRule } from './cohort-parse.js';
import { createModel } from './model.js';

const known = createModel().indexOf;

function problems(input: unknown): { path: string; message: string }[] {
  try {
    parseCohortRule(input, known);
  } catch (error) {
    if (error instanceof AppError) return error.problems;
    throw error;
  }
  throw new Error('expected the rule to be rejected');
}

describe('parseCohortRule', () => {
  it('parses every kind of rule', () => {
    const rule = parseCohortRule(
      {
        all: [
          { attribute: 'department', in: ['Finance', 'Legal'] },
          { any: [{ score: 'risk', min: 60 }, { level: ['high', 'critical'] }] },
          { not: { attribute: 'title', contains: 'intern' } },
          { percentile: { min: 90 } },
          { behaviour: 'phishing.sim_clicked', min: 2, withinDays: 90 },
          { category: 'data', max: 0, withinDays: 30 },
          { persistent: { percentile: 90, days: 30, share: 0.8 } },
          { members: ['a', 'b', 'a'] },
        ],
      },
      known,
    );
    expect(rule.op).toBe('all');
    if (rule.op !== 'all') return;
    expect(rule.rules[1]).toEqual({
      op: 'any',
      rules: [
        { op: 'score', score: 'risk', min: 60, max: 100 },
        { op: 'level', levels: ['high', 'critical'] },
      ],
    });
    expect(rule.rules[4]).toEqual({
      op: 'count',
      behaviour: 'phishing.sim_clicked',
      min: 2,
      max: Number.MAX_SAFE_INTEGER,
      withinDays: 90,
    });
    expect(rule.rules[7]).toEqual({ op: 'members', ids: ['a', 'b'] });
  });

  it('reports every problem with its path', () => {
    expect(
      problems({
        all: [
          { attribute: 'shoeSize', equals: '42' },
          { score: 'risk', min: 120 },
          { behaviour: 'no.such', min: 1, withinDays: 30 },
          { behaviour: 'phishing.sim_clicked', min: 1 },
          { level: 'severe' },
          { frobnicate: true },
          { score: 'risk', min: 50, max: 10 },
        ],
      }).map((p) => p.path),
    ).toEqual([
      'rule.all[0].attribute',
      'rule.all[1].min',
      'rule.all[2].behaviour',
      'rule.all[3].withinDays',
      'rule.all[4].level',
      'rule.all[5]',
      'rule.all[6]',
    ]);
  });

  it('rejects keys that do not belong to the rule', () => {
    expect(problems({ score: 'risk', min: 1, withinDays: 3 })).toEqual([
      { path: 'rule.withinDays', message: 'is not allowed in a "score" rule' },
    ]);
  });

  it('rejects input that is not a rule at all', () => {
    expect(problems('risk > 50')[0]).toEqual({ path: 'rule', message: 'must be an object' });
    expect(problems({ all: [] })[0]?.path).toBe('rule.all');
  });

  it('limits nesting depth', () => {
    let deep: unknown = { level: 'high' };
    for (let i = 0; i < 20; i++) deep = { not: deep };
    expect(problems(deep)[0]?.message).toContain('nest');
  });
});

describe('parseCohortDefinition', () => {
  it('reads a static list and a dynamic rule', () => {
    expect(parseCohortDefinition({ members: ['x', 'y'] }, known)).toEqual({
      kind: 'static',
      members: ['x', 'y'],
    });
    expect(parseCohortDefinition({ rule: { level: 'high' } }, known)).toEqual({
      kind: 'dynamic',
      rule: { op: 'level', levels: ['high'] },
    });
  });

  it('names the field of a bad definition', () => {
    expect(() => parseCohortDefinition({ rule: { score: 'nope', min: 1 } }, known)).toThrow(
      'cohort.rule.score',
    );
    expect(() => parseCohortDefinition({}, known)).toThrow('cohort');
  });
});
