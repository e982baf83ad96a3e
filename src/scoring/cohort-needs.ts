import type { CohortDefinition, CohortRule } from '../risk/index.js';

/** What evaluating a set of rules needs loaded beyond scores. */
export interface CohortNeeds {
  attributes: boolean;
  /** Event counts by `behaviour:<type>` or `category:<name>`, each with its window in days. */
  counts: Map<string, { behaviour?: string; category?: string; withinDays: number }>;
  /** The longest persistence window and the lowest percentile any persistence rule asks for. */
  persistent?: { days: number; percentile: number };
}

export function countKey(filter: { behaviour?: string; category?: string }, days: number): string {
  return filter.behaviour !== undefined
    ? `behaviour:${filter.behaviour}:${days}`
    : `category:${filter.category ?? ''}:${days}`;
}

/** Walks every rule once and lists what it reads. */
export function needsOf(definitions: readonly CohortDefinition[]): CohortNeeds {
  const needs: CohortNeeds = { attributes: false, counts: new Map() };
  const visit = (rule: CohortRule): void => {
    switch (rule.op) {
      case 'all':
      case 'any':
        rule.rules.forEach(visit);
        return;
      case 'not':
        visit(rule.rule);
        return;
      case 'attribute':
        needs.attributes = true;
        return;
      case 'count': {
        const filter =
          rule.behaviour !== undefined
            ? { behaviour: rule.behaviour }
            : { category: rule.category };
        needs.counts.set(countKey(filter, rule.withinDays), {
          ...filter,
          withinDays: rule.withinDays,
        });
        return;
      }
      case 'persistent': {
        const p = needs.persistent;
        needs.persistent = {
          days: Math.max(p?.days ?? 0, rule.days),
          percentile: Math.min(p?.percentile ?? 100, rule.percentile),
        };
        return;
      }
      case 'score':
      case 'level':
      case 'percentile':
      case 'members':
        return;
    }
  };
  for (const d of definitions) if (d.kind === 'dynamic') visit(d.rule);
  return needs;
}
