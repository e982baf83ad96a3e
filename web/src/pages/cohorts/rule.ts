/** One row of the cohort builder, as typed: numbers stay text until the rule is built. */
export type Condition =
  | { kind: 'attribute'; attribute: string; op: 'equals' | 'contains' | 'in'; value: string }
  | { kind: 'score'; score: string; min: string; max: string }
  | { kind: 'level'; levels: string[] }
  | { kind: 'percentile'; min: string; max: string }
  | { kind: 'behaviour'; behaviour: string; min: string; max: string; withinDays: string }
  | { kind: 'category'; category: string; min: string; max: string; withinDays: string };

export type ConditionKind = Condition['kind'];
export type Match = 'all' | 'any';

export const attributes = [
  'department',
  'title',
  'location',
  'kind',
  'email',
  'manager',
  'owner',
  'employmentType',
  'businessUnit',
  'groups',
  'timezone',
] as const;

export const scoreNames = ['risk', 'likelihood', 'behavior', 'threat', 'access'] as const;

export const categories = [
  'phishing',
  'credentials',
  'endpoint',
  'data',
  'cloud',
  'device',
  'protective',
  'threat',
  'agent',
] as const;

/** A new row of the given kind with sensible starting values. */
export function blankCondition(kind: ConditionKind): Condition {
  switch (kind) {
    case 'attribute':
      return { kind, attribute: 'department', op: 'equals', value: '' };
    case 'score':
      return { kind, score: 'risk', min: '60', max: '' };
    case 'level':
      return { kind, levels: ['high', 'critical'] };
    case 'percentile':
      return { kind, min: '90', max: '' };
    case 'behaviour':
      return { kind, behaviour: '', min: '1', max: '', withinDays: '90' };
    case 'category':
      return { kind, category: 'phishing', min: '1', max: '', withinDays: '90' };
  }
}

/** Numbers typed into the builder; empty fields are left out of the rule, not sent as 0. */
function range(min: string, max: string): { min?: number; max?: number } {
  return {
    ...(min.trim() !== '' ? { min: Number(min) } : {}),
    ...(max.trim() !== '' ? { max: Number(max) } : {}),
  };
}

function days(withinDays: string): { withinDays?: number } {
  return withinDays.trim() !== '' ? { withinDays: Number(withinDays) } : {};
}

/** One condition in the rule language of docs/risk-model.md §12. */
export function conditionRule(c: Condition): Record<string, unknown> {
  switch (c.kind) {
    case 'attribute':
      return c.op === 'in'
        ? {
            attribute: c.attribute,
            in: c.value
              .split(',')
              .map((v) => v.trim())
              .filter(Boolean),
          }
        : { attribute: c.attribute, [c.op]: c.value.trim() };
    case 'score':
      return { score: c.score, ...range(c.min, c.max) };
    case 'level':
      return { level: c.levels };
    case 'percentile':
      return { percentile: range(c.min, c.max) };
    case 'behaviour':
      return { behaviour: c.behaviour, ...range(c.min, c.max), ...days(c.withinDays) };
    case 'category':
      return { category: c.category, ...range(c.min, c.max), ...days(c.withinDays) };
  }
}

/**
 * The cohort definition the API takes: `{"rule": {"all" | "any": [...]}}`. The server checks it
 * and names every problem by its path, so the builder does not repeat those checks.
 */
export function cohortDefinition(conditions: readonly Condition[], match: Match): unknown {
  return { rule: { [match]: conditions.map(conditionRule) } };
}
