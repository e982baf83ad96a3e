import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { DAY_MS, Role, createModel } from './model.js';

function problemsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.problems;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('createModel', () => {
  it('compiles decay rates from half-lives: ln 2 / half-life', () => {
    const model = createModel();
    const b = model.indexOf.get('phishing.sim_clicked') ?? -1;
    const halfLife = model.behaviours[b]?.halfLifeDays ?? 0;
    expect(model.lambda[b]).toBeCloseTo(Math.LN2 / (halfLife * DAY_MS), 20);
  });

  it('puts protective behaviours in their own role whatever their component', () => {
    const model = createModel();
    expect(model.role[model.indexOf.get('training.completed') ?? -1]).toBe(Role.protective);
    expect(model.role[model.indexOf.get('threat.very_attacked') ?? -1]).toBe(Role.threat);
    expect(model.role[model.indexOf.get('phishing.real_clicked') ?? -1]).toBe(Role.behaviour);
  });

  it('applies tenant weight overrides', () => {
    const model = createModel({ weightOverrides: { 'phishing.sim_clicked': 3 } });
    expect(model.weight[model.indexOf.get('phishing.sim_clicked') ?? -1]).toBe(3);
  });

  it('reports every bad override and parameter with its path and applies none', () => {
    const problems = problemsOf(() =>
      createModel({
        weightOverrides: {
          'no.such': 1,
          'phishing.sim_clicked': 500,
          'phishing.real_clicked': 'x',
        },
        params: { threatFloor: 2 },
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'weightOverrides.no.such',
      'weightOverrides.phishing.sim_clicked',
      'weightOverrides.phishing.real_clicked',
      'params.threatFloor',
    ]);
    expect(problems[1]?.message).toBe('must be between 0 and 100, got 500');
  });

  it('rejects level thresholds that do not rise', () => {
    const problems = problemsOf(() =>
      createModel({ params: { levels: { medium: 50, high: 40, critical: 90 } } }),
    );
    expect(problems).toEqual([
      { path: 'params.levels', message: 'thresholds must rise: medium < high < critical' },
    ]);
  });

  it('precomputes Elastic rank weights 1 / i^1.5', () => {
    const model = createModel();
    expect(model.rankWeight[0]).toBe(1);
    expect(model.rankWeight[2]).toBeCloseTo(1 / Math.pow(3, 1.5), 12);
  });
});
