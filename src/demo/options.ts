import { AppError, type FieldProblem } from '../shared/errors.js';

/** What a demo is generated from. Same options, same organisation and signals, byte for byte. */
export interface DemoOptions {
  /** Number of people (AI agents come on top, about one per 40 people). */
  people: number;
  /** Length of the period in days; the period ends on `endDate` inclusive. */
  days: number;
  /** Seed of the pseudo-random generator, an integer in [0, 2^32). */
  seed: number;
  /** Last day of the period, `YYYY-MM-DD` (UTC). The generator never reads the clock. */
  endDate: string;
  /** Mail domain of the organisation; a reserved `.example` name by default. */
  domain: string;
}

export const demoLimits = { maxPeople: 1_000_000, maxDays: 3650, maxSeed: 4294967295 } as const;

export const defaultDemoOptions = {
  people: 2000,
  days: 180,
  seed: 1,
  domain: 'haldenrowe.example',
} as const;

export type DemoOptionsInput = Partial<Record<keyof DemoOptions, unknown>>;

/**
 * Checks demo options and fills in defaults; `endDate` has no default because the generator does
 * not read the clock. Throws a VALIDATION_FAILED error listing every problem with its option.
 */
export function parseDemoOptions(input: DemoOptionsInput): DemoOptions {
  const problems: FieldProblem[] = [];
  const people = integer(
    input.people ?? defaultDemoOptions.people,
    'people',
    1,
    demoLimits.maxPeople,
    problems,
  );
  const days = integer(
    input.days ?? defaultDemoOptions.days,
    'days',
    1,
    demoLimits.maxDays,
    problems,
  );
  const seed = integer(
    input.seed ?? defaultDemoOptions.seed,
    'seed',
    0,
    demoLimits.maxSeed,
    problems,
  );
  const endDate = isoDate(input.endDate, problems);
  const domain = mailDomain(input.domain ?? defaultDemoOptions.domain, problems);
  if (problems.length > 0) invalid(problems);
  return { people, days, seed, endDate, domain };
}

/** Days of daily history the demo loader fills in at the end of the period, by default. */
export const DEFAULT_HISTORY_DAYS = 90;

/**
 * The loader's `historyDays` (0 to fill in none), given as a number or as text. Throws a
 * VALIDATION_FAILED error naming the option.
 */
export function parseHistoryDays(value: unknown): number {
  const problems: FieldProblem[] = [];
  const days = integer(
    value ?? DEFAULT_HISTORY_DAYS,
    'historyDays',
    0,
    demoLimits.maxDays,
    problems,
  );
  if (problems.length > 0) invalid(problems);
  return days;
}

function invalid(problems: FieldProblem[]): never {
  const summary = problems.map((p) => `${p.path} ${p.message}`).join('; ');
  throw new AppError('VALIDATION_FAILED', `invalid demo options: ${summary}`, problems);
}

function integer(
  value: unknown,
  path: string,
  min: number,
  max: number,
  problems: FieldProblem[],
): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    problems.push({ path, message: `must be a whole number, got ${JSON.stringify(value)}` });
    return min;
  }
  if (number < min || number > max) {
    problems.push({ path, message: `must be between ${min} and ${max}, got ${number}` });
    return min;
  }
  return number;
}

function isoDate(value: unknown, problems: FieldProblem[]): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    problems.push({
      path: 'endDate',
      message: `must be a date in YYYY-MM-DD form, got ${JSON.stringify(value)}`,
    });
    return '1970-01-01';
  }
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    problems.push({ path: 'endDate', message: `"${value}" is not a calendar date` });
    return '1970-01-01';
  }
  return value;
}

function mailDomain(value: unknown, problems: FieldProblem[]): string {
  const pattern =
    /^(?=.{1,200}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
  if (typeof value !== 'string' || !pattern.test(value)) {
    problems.push({
      path: 'domain',
      message: `must be a lowercase mail domain, got ${JSON.stringify(value)}`,
    });
    return defaultDemoOptions.domain;
  }
  return value;
}
