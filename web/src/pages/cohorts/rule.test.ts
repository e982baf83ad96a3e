import { describe, expect, it } from 'vitest';
import { blankCondition, cohortDefinition, conditionRule } from './rule';

describe('cohort rule builder', () => {
  it('builds the rule language of the risk model from the rows', () => {
    const definition = cohortDefinition(
      [
        { kind: 'attribute', attribute: 'department', op: 'in', value: 'Finance, Legal ,' },
        { kind: 'score', score: 'risk', min: '60', max: '' },
        {
          kind: 'behaviour',
          behaviour: 'phishing.sim_clicked',
          min: '2',
          max: '',
          withinDays: '90',
        },
      ],
      'all',
    );
    expect(definition).toEqual({
      rule: {
        all: [
          { attribute: 'department', in: ['Finance', 'Legal'] },
          { score: 'risk', min: 60 },
          { behaviour: 'phishing.sim_clicked', min: 2, withinDays: 90 },
        ],
      },
    });
  });

  it('leaves empty bounds out instead of sending zero', () => {
    expect(conditionRule({ kind: 'percentile', min: '', max: '25' })).toEqual({
      percentile: { max: 25 },
    });
    expect(
      conditionRule({ kind: 'category', category: 'data', min: '', max: '0', withinDays: '' }),
    ).toEqual({
      category: 'data',
      max: 0,
    });
  });

  it('combines with any, and starts each kind of row with usable values', () => {
    const definition = cohortDefinition(
      [blankCondition('level'), blankCondition('percentile')],
      'any',
    );
    expect(definition).toEqual({
      rule: { any: [{ level: ['high', 'critical'] }, { percentile: { min: 90 } }] },
    });
  });
});
