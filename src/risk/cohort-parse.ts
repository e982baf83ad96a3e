import { categories, type Category } from '../catalog/behaviour.js';
import { AppError, type FieldProblem } from '../shared/errors.js';
import {
  cohortAttributes,
  scoreNames,
  type CohortDefinition,
  type CohortRule,
} from './cohort-rule.js';
import { levels } from './levels.js';

const MAX_DEPTH = 12;
const MAX_WINDOW_DAYS = 3650;
type Json = Record<string, unknown>;

/** Which behaviour types exist; a rule naming another is rejected. */
export type KnownBehaviours = { has(type: string): boolean };

class Parser {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly known: KnownBehaviours) {}

  fail(path: string, message: string): undefined {
    this.problems.push({ path, message });
    return undefined;
  }

  rule(input: unknown, path: string, depth: number): CohortRule | undefined {
    if (depth > MAX_DEPTH) return this.fail(path, `rules may nest at most ${MAX_DEPTH} deep`);
    if (!isObject(input)) return this.fail(path, 'must be an object');
    const keys = Object.keys(input);
    const head = ruleKeys.find((k) => k in input);
    if (head === undefined)
      return this.fail(
        path,
        `must have one of ${ruleKeys.join(', ')}; got keys ${keys.join(', ') || 'none'}`,
      );
    const allowed = allowedKeys[head];
    for (const key of keys)
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, `is not allowed in a "${head}" rule`);
    return this.byHead(head, input, path, depth);
  }

  private byHead(head: RuleKey, input: Json, path: string, depth: number): CohortRule | undefined {
    switch (head) {
      case 'all':
      case 'any':
        return this.list(head, input[head], `${path}.${head}`, depth);
      case 'not': {
        const rule = this.rule(input.not, `${path}.not`, depth + 1);
        return rule && { op: 'not', rule };
      }
      case 'attribute':
        return this.attribute(input, path);
      case 'score':
        return this.score(input, path);
      case 'level':
        return this.level(input.level, `${path}.level`);
      case 'percentile':
        return this.percentile(input.percentile, `${path}.percentile`);
      case 'behaviour':
      case 'category':
        return this.count(input, path);
      case 'persistent':
        return this.persistent(input.persistent, `${path}.persistent`);
      case 'members':
        return this.members(input.members, `${path}.members`);
    }
  }

  private list(
    op: 'all' | 'any',
    input: unknown,
    path: string,
    depth: number,
  ): CohortRule | undefined {
    if (!Array.isArray(input) || input.length === 0)
      return this.fail(path, 'must be a non-empty array of rules');
    const rules = input.map((r, i) => this.rule(r, `${path}[${i}]`, depth + 1));
    return rules.every((r) => r !== undefined) ? { op, rules: rules } : undefined;
  }

  private attribute(input: Json, path: string): CohortRule | undefined {
    const attribute = this.oneOf(input.attribute, `${path}.attribute`, cohortAttributes);
    const tests = (['equals', 'in', 'contains'] as const).filter((k) => k in input);
    if (tests.length !== 1) return this.fail(path, 'needs exactly one of equals, in, contains');
    const which = tests[0] ?? 'equals';
    const value = input[which];
    const at = `${path}.${which}`;
    if (which === 'in') {
      if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string'))
        return this.fail(at, 'must be a non-empty array of strings');
      return attribute && { op: 'attribute', attribute, test: { in: value } };
    }
    if (typeof value !== 'string' || value === '')
      return this.fail(at, 'must be a non-empty string');
    const test = which === 'equals' ? { equals: value } : { contains: value };
    return attribute && { op: 'attribute', attribute, test };
  }

  private score(input: Json, path: string): CohortRule | undefined {
    const score = this.oneOf(input.score, `${path}.score`, scoreNames);
    const range = this.range(input, path, 0, 100);
    return score && range && { op: 'score', score: score, ...range };
  }

  private level(input: unknown, path: string): CohortRule | undefined {
    const list = Array.isArray(input) ? input : [input];
    if (list.length === 0) return this.fail(path, 'must name at least one level');
    const parsed = list.map((l, i) =>
      this.oneOf(l, Array.isArray(input) ? `${path}[${i}]` : path, levels),
    );
    return parsed.every((l) => l !== undefined) ? { op: 'level', levels: parsed } : undefined;
  }

  private percentile(input: unknown, path: string): CohortRule | undefined {
    if (!isObject(input)) return this.fail(path, 'must be an object with min and/or max');
    const range = this.range(input, path, 0, 100);
    return range && { op: 'percentile', ...range };
  }

  private count(input: Json, path: string): CohortRule | undefined {
    if ('behaviour' in input && 'category' in input)
      return this.fail(path, 'give either behaviour or category, not both');
    let behaviour: string | undefined;
    let category: Category | undefined;
    if ('behaviour' in input) {
      const b = input.behaviour;
      if (typeof b !== 'string' || !this.known.has(b))
        return this.fail(`${path}.behaviour`, `unknown behaviour type ${JSON.stringify(b)}`);
      behaviour = b;
    } else category = this.oneOf(input.category, `${path}.category`, categories);
    const withinDays = this.number(
      input.withinDays,
      `${path}.withinDays`,
      1,
      MAX_WINDOW_DAYS,
      true,
    );
    const range = this.range(input, path, 0, Number.MAX_SAFE_INTEGER);
    if (range === undefined || withinDays === undefined || (behaviour ?? category) === undefined)
      return undefined;
    return { op: 'count', ...(behaviour ? { behaviour } : { category }), ...range, withinDays };
  }

  private persistent(input: unknown, path: string): CohortRule | undefined {
    if (!isObject(input))
      return this.fail(path, 'must be an object with percentile, days and share');
    for (const key of Object.keys(input))
      if (!['percentile', 'days', 'share'].includes(key))
        this.fail(`${path}.${key}`, 'is not allowed');
    const percentile = this.number(input.percentile, `${path}.percentile`, 0, 100);
    const days = this.number(input.days, `${path}.days`, 1, 365, true);
    const share = this.number(input.share, `${path}.share`, 0, 1);
    if (percentile === undefined || days === undefined || share === undefined) return undefined;
    return { op: 'persistent', percentile, days, share };
  }

  private members(input: unknown, path: string): CohortRule | undefined {
    if (!Array.isArray(input) || !input.every((v) => typeof v === 'string' && v !== ''))
      return this.fail(path, 'must be an array of identity ids');
    return { op: 'members', ids: [...new Set(input as string[])] };
  }

  private range(
    input: Json,
    path: string,
    lo: number,
    hi: number,
  ): { min: number; max: number } | undefined {
    if (!('min' in input) && !('max' in input)) return this.fail(path, 'needs min and/or max');
    const min = 'min' in input ? this.number(input.min, `${path}.min`, lo, hi) : lo;
    const max = 'max' in input ? this.number(input.max, `${path}.max`, lo, hi) : hi;
    if (min === undefined || max === undefined) return undefined;
    if (min > max) return this.fail(path, `min (${min}) is above max (${max})`);
    return { min, max };
  }

  private number(
    value: unknown,
    path: string,
    lo: number,
    hi: number,
    integer = false,
  ): number | undefined {
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      (integer && !Number.isInteger(value))
    )
      return this.fail(
        path,
        `must be ${integer ? 'a whole number' : 'a number'}, got ${JSON.stringify(value)}`,
      );
    if (value < lo || value > hi)
      return this.fail(path, `must be between ${lo} and ${hi}, got ${value}`);
    return value;
  }

  private oneOf<T extends string>(
    value: unknown,
    path: string,
    allowed: readonly T[],
  ): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    return this.fail(path, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
}

const ruleKeys = [
  'all',
  'any',
  'not',
  'attribute',
  'score',
  'level',
  'percentile',
  'behaviour',
  'category',
  'persistent',
  'members',
] as const;
type RuleKey = (typeof ruleKeys)[number];
const countKeys = ['behaviour', 'category', 'min', 'max', 'withinDays'];
const allowedKeys: Record<RuleKey, readonly string[]> = {
  all: ['all'],
  any: ['any'],
  not: ['not'],
  attribute: ['attribute', 'equals', 'in', 'contains'],
  score: ['score', 'min', 'max'],
  level: ['level'],
  percentile: ['percentile'],
  behaviour: countKeys,
  category: countKeys,
  persistent: ['persistent'],
  members: ['members'],
};

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a cohort rule from its JSON form. Throws VALIDATION_FAILED listing every problem with
 * its path (`rule.all[1].score.min`); returns nothing half-parsed.
 */
export function parseCohortRule(input: unknown, known: KnownBehaviours, path = 'rule'): CohortRule {
  const parser = new Parser(known);
  const rule = parser.rule(input, path, 0);
  if (rule === undefined || parser.problems.length > 0) throw invalid(parser.problems);
  return rule;
}

/** Parses `{"rule": …}` (dynamic) or `{"members": […]}` (static). */
export function parseCohortDefinition(input: unknown, known: KnownBehaviours): CohortDefinition {
  if (isObject(input) && 'members' in input && !('rule' in input)) {
    const parser = new Parser(known);
    const rule = parser.rule({ members: input.members }, 'cohort', 0);
    if (rule?.op !== 'members' || parser.problems.length > 0) throw invalid(parser.problems);
    return { kind: 'static', members: rule.ids };
  }
  if (!isObject(input) || !('rule' in input))
    throw invalid([
      { path: 'cohort', message: 'must have "rule" (dynamic) or "members" (static)' },
    ]);
  return { kind: 'dynamic', rule: parseCohortRule(input.rule, known, 'cohort.rule') };
}

function invalid(problems: FieldProblem[]): AppError {
  const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return new AppError('VALIDATION_FAILED', `invalid cohort rule: ${summary}`, problems);
}
