import type { Behaviour } from '../catalog/behaviour.js';
import { DEFAULT_STACK_LIMIT, WEIGHT_MAX, WEIGHT_MIN } from '../catalog/behaviour.js';
import { builtInBehaviours } from '../catalog/behaviours.js';
import { AppError, type FieldProblem } from '../shared/errors.js';
import { MODEL_VERSION, defaultParams, type ModelParams } from './params.js';
import { paramProblems } from './params.validate.js';

export const DAY_MS = 86_400_000;

/** Which part of the index a behaviour feeds; protective behaviours form their own role. */
export const Role = { behaviour: 0, threat: 1, access: 2, protective: 3 } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLE_COUNT = 4;

/**
 * A compiled, immutable scoring model: the tenant's catalogue as flat arrays indexed by
 * behaviour number, so that scoring an event is a few array reads.
 */
export interface Model {
  readonly version: string;
  readonly params: Readonly<ModelParams>;
  readonly behaviours: readonly Behaviour[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly weight: Float64Array;
  /** Decay rate per millisecond: ln 2 / half-life. */
  readonly lambda: Float64Array;
  readonly stackLimit: Float64Array;
  readonly role: Uint8Array;
  readonly scannerProne: Uint8Array;
  /** rankWeight[i] = 1 / (i + 1)^s. */
  readonly rankWeight: Float64Array;
  /** Behaviours sharing a half-life share one decay factor when a state is read. */
  readonly decayGroup: Uint8Array;
  readonly groupLambda: Float64Array;
}

export interface ModelOptions {
  behaviours?: readonly Behaviour[];
  /** Tenant weight overrides by behaviour type. */
  weightOverrides?: Readonly<Record<string, unknown>>;
  params?: Partial<ModelParams>;
}

/**
 * Builds a model from the catalogue, the tenant's weight overrides and parameters. Every problem
 * is reported at once with its field, and nothing is applied when there is any.
 */
export function createModel(options: ModelOptions = {}): Model {
  const behaviours = options.behaviours ?? builtInBehaviours;
  const overrides = options.weightOverrides ?? {};
  const params: ModelParams = { ...defaultParams, ...options.params };
  const problems = [...overrideProblems(overrides, behaviours), ...paramProblems(params)];
  if (problems.length > 0) {
    const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new AppError('VALIDATION_FAILED', `invalid risk model settings: ${summary}`, problems);
  }
  return compile(behaviours, overrides as Readonly<Record<string, number>>, params);
}

function overrideProblems(
  overrides: Readonly<Record<string, unknown>>,
  behaviours: readonly Behaviour[],
): FieldProblem[] {
  const known = new Set(behaviours.map((b) => b.type));
  const problems: FieldProblem[] = [];
  for (const [type, weight] of Object.entries(overrides)) {
    const path = `weightOverrides.${type}`;
    if (!known.has(type)) problems.push({ path, message: `unknown behaviour type "${type}"` });
    else if (typeof weight !== 'number' || !Number.isFinite(weight))
      problems.push({ path, message: `must be a number, got ${JSON.stringify(weight)}` });
    else if (weight < WEIGHT_MIN || weight > WEIGHT_MAX)
      problems.push({
        path,
        message: `must be between ${WEIGHT_MIN} and ${WEIGHT_MAX}, got ${weight}`,
      });
  }
  return problems;
}

function compile(
  behaviours: readonly Behaviour[],
  overrides: Readonly<Record<string, number>>,
  params: ModelParams,
): Model {
  const n = behaviours.length;
  const model = {
    version: MODEL_VERSION,
    params: Object.freeze(params),
    behaviours: behaviours.map((b) => ({ ...b, weight: overrides[b.type] ?? b.weight })),
    indexOf: new Map(behaviours.map((b, i) => [b.type, i])),
    weight: new Float64Array(n),
    lambda: new Float64Array(n),
    stackLimit: new Float64Array(n),
    role: new Uint8Array(n),
    scannerProne: new Uint8Array(n),
    rankWeight: new Float64Array(Math.max(n, 1)),
    decayGroup: new Uint8Array(n),
    groupLambda: new Float64Array(0),
  };
  const lambdas: number[] = [];
  model.behaviours.forEach((b, i) => {
    model.weight[i] = b.weight;
    model.lambda[i] = Math.LN2 / (b.halfLifeDays * DAY_MS);
    model.stackLimit[i] = b.stackLimit ?? DEFAULT_STACK_LIMIT;
    model.role[i] = roleOf(b);
    model.scannerProne[i] = b.scannerProne === true ? 1 : 0;
    const lambda = model.lambda[i] ?? 0;
    if (!lambdas.includes(lambda)) lambdas.push(lambda);
    model.decayGroup[i] = lambdas.indexOf(lambda);
  });
  model.groupLambda = Float64Array.from(lambdas);
  for (let i = 0; i < model.rankWeight.length; i++)
    model.rankWeight[i] = 1 / Math.pow(i + 1, params.rankExponent);
  return model;
}

function roleOf(b: Behaviour): Role {
  if (b.polarity === 'protective') return Role.protective;
  if (b.component === 'threat') return Role.threat;
  if (b.component === 'access') return Role.access;
  return Role.behaviour;
}

let cached: Model | undefined;

/** The model with built-in behaviours and default parameters. */
export function defaultModel(): Model {
  cached ??= createModel();
  return cached;
}
