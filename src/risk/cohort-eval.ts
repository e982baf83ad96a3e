import type { Category } from '../catalog/behaviour.js';
import type { CohortDefinition, CohortRule, CohortAttribute, ScoreName } from './cohort-rule.js';
import { eventScale, type ScoringEvent } from './event.js';
import type { Level } from './levels.js';
import { DAY_MS, type Model } from './model.js';

/** What a rule can see of one identity at the time of evaluation. */
export interface CohortSubject {
  id: string;
  attributes: Readonly<Partial<Record<CohortAttribute, string | readonly string[] | null>>>;
  scores: Readonly<Record<ScoreName, number>> & { level: Level; percentile: number };
  /** Events of a behaviour type or category in (since, at]. */
  countEvents(filter: { behaviour?: string; category?: Category }, since: number): number;
  /** Daily snapshots' percentiles, any order. */
  history?: readonly { at: number; percentile: number }[];
}

/** Whether a subject satisfies a rule at time `at`. */
export function evaluateRule(rule: CohortRule, subject: CohortSubject, at: number): boolean {
  switch (rule.op) {
    case 'all':
      return rule.rules.every((r) => evaluateRule(r, subject, at));
    case 'any':
      return rule.rules.some((r) => evaluateRule(r, subject, at));
    case 'not':
      return !evaluateRule(rule.rule, subject, at);
    case 'attribute':
      return attributeMatches(subject.attributes[rule.attribute], rule);
    case 'score':
      return within(subject.scores[rule.score], rule.min, rule.max);
    case 'level':
      return rule.levels.includes(subject.scores.level);
    case 'percentile':
      return within(subject.scores.percentile, rule.min, rule.max);
    case 'count': {
      const filter = rule.behaviour ? { behaviour: rule.behaviour } : { category: rule.category };
      return within(subject.countEvents(filter, at - rule.withinDays * DAY_MS), rule.min, rule.max);
    }
    case 'persistent':
      return persistent(subject.history ?? [], rule, at);
    case 'members':
      return rule.ids.includes(subject.id);
  }
}

function within(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

function attributeMatches(
  value: string | readonly string[] | null | undefined,
  rule: Extract<CohortRule, { op: 'attribute' }>,
): boolean {
  if (value === null || value === undefined) return false;
  const values = typeof value === 'string' ? [value] : value;
  const test = rule.test;
  if ('equals' in test) return values.some((v) => v.toLowerCase() === test.equals.toLowerCase());
  if ('in' in test) {
    const wanted = new Set(test.in.map((v) => v.toLowerCase()));
    return values.some((v) => wanted.has(v.toLowerCase()));
  }
  return values.some((v) => v.toLowerCase().includes(test.contains.toLowerCase()));
}

/**
 * At least `share × days` of the daily snapshots in (at − days, at] have a percentile at or above
 * the threshold. Missing days count as not in the top, so a newcomer has to earn membership.
 */
function persistent(
  history: readonly { at: number; percentile: number }[],
  rule: Extract<CohortRule, { op: 'persistent' }>,
  at: number,
): boolean {
  const since = at - rule.days * DAY_MS;
  const days = new Set<number>();
  for (const h of history)
    if (h.at > since && h.at <= at && h.percentile >= rule.percentile)
      days.add(Math.floor(h.at / DAY_MS));
  return days.size >= Math.ceil(rule.share * rule.days - 1e-9);
}

/** The identities a cohort holds at `at`. */
export function evaluateCohort(
  definition: CohortDefinition,
  subjects: readonly CohortSubject[],
  at: number,
): Set<string> {
  if (definition.kind === 'static') {
    const known = new Set(subjects.map((s) => s.id));
    return new Set(definition.members.filter((id) => known.has(id)));
  }
  return new Set(subjects.filter((s) => evaluateRule(definition.rule, s, at)).map((s) => s.id));
}

/**
 * A `countEvents` for one identity's events; a scanner's click counts as nothing here too, so a
 * rule on clicks sees the same events as the score.
 */
export function eventCounter(
  model: Model,
  events: readonly ScoringEvent[],
  at: number,
): CohortSubject['countEvents'] {
  const kept = events.filter((e) => {
    const b = model.indexOf.get(e.type);
    return b !== undefined && e.time <= at && eventScale(model, b, e) > 0;
  });
  return (filter, since) =>
    kept.filter((e) => {
      if (e.time <= since) return false;
      if (filter.behaviour !== undefined) return e.type === filter.behaviour;
      const b = model.indexOf.get(e.type);
      return b !== undefined && model.behaviours[b]?.category === filter.category;
    }).length;
}
