import type { FieldProblem } from '../shared/errors.js';
import type { ModelParams } from './params.js';
import { severities } from '../catalog/behaviour.js';

type Bounds = readonly [min: number, max: number];

const scalarBounds: Readonly<Record<string, Bounds>> = {
  rankExponent: [0, 4],
  behaviourScale: [1, 1000],
  threatScale: [1, 1000],
  accessScale: [1, 1000],
  protectiveScale: [1, 1000],
  protectiveMaxReduction: [0, 0.95],
  behaviourPrior: [0, 100],
  threatFloor: [0, 1],
  impactModifierMin: [0.05, 10],
  impactModifierMax: [0.05, 10],
  agentRollUpWeight: [0, 1],
};

/** Every problem with a set of model parameters, each with its `params.` path. */
export function paramProblems(params: ModelParams): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [name, [min, max]] of Object.entries(scalarBounds)) {
    const value: unknown = (params as unknown as Record<string, unknown>)[name];
    checkNumber(value, `params.${name}`, min, max, problems);
  }
  if (params.impactModifierMin > params.impactModifierMax)
    problems.push({
      path: 'params.impactModifierMin',
      message: 'must not exceed impactModifierMax',
    });
  for (const severity of severities)
    checkNumber(
      params.severityMultiplier[severity],
      `params.severityMultiplier.${severity}`,
      0,
      10,
      problems,
    );
  const { medium, high, critical } = params.levels;
  for (const [name, value] of Object.entries({ medium, high, critical }))
    checkNumber(value, `params.levels.${name}`, 0, 100, problems);
  if (!(medium < high && high < critical))
    problems.push({
      path: 'params.levels',
      message: 'thresholds must rise: medium < high < critical',
    });
  return problems;
}

function checkNumber(
  value: unknown,
  path: string,
  min: number,
  max: number,
  problems: FieldProblem[],
): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    problems.push({ path, message: `must be a number, got ${JSON.stringify(value)}` });
  else if (value < min || value > max)
    problems.push({ path, message: `must be between ${min} and ${max}, got ${value}` });
}
