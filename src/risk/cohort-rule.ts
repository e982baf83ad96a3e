import { categories, type Category } from '../catalog/behaviour.js';
import { levels, type Level } from './levels.js';

/** Attributes a rule may test; lists (`groups`) match when any element does. */
export const cohortAttributes = [
  'kind',
  'email',
  'department',
  'title',
  'location',
  'timezone',
  'manager',
  'owner',
  'employmentType',
  'businessUnit',
  'groups',
] as const;
export type CohortAttribute = (typeof cohortAttributes)[number];

export const scoreNames = ['risk', 'likelihood', 'behavior', 'threat', 'access'] as const;
export type ScoreName = (typeof scoreNames)[number];

/**
 * A parsed cohort rule. The JSON form (docs/risk-model.md, "Cohort rules") is:
 *   {"all": [rule, …]}  {"any": [rule, …]}  {"not": rule}
 *   {"attribute": "department", "equals": "Finance"} | "in": […] | "contains": "text"
 *   {"score": "risk", "min": 60, "max": 100}
 *   {"level": ["high", "critical"]}
 *   {"percentile": {"min": 90}}
 *   {"behaviour": "phishing.sim_clicked", "min": 2, "withinDays": 90}   (or "category": "phishing")
 *   {"persistent": {"percentile": 90, "days": 30, "share": 0.8}}
 *   {"members": ["identity-id", …]}
 */
export type CohortRule =
  | { op: 'all'; rules: CohortRule[] }
  | { op: 'any'; rules: CohortRule[] }
  | { op: 'not'; rule: CohortRule }
  | { op: 'attribute'; attribute: CohortAttribute; test: AttributeTest }
  | { op: 'score'; score: ScoreName; min: number; max: number }
  | { op: 'level'; levels: Level[] }
  | { op: 'percentile'; min: number; max: number }
  | {
      op: 'count';
      behaviour?: string;
      category?: Category;
      min: number;
      max: number;
      withinDays: number;
    }
  | { op: 'persistent'; percentile: number; days: number; share: number }
  | { op: 'members'; ids: string[] };

export type AttributeTest = { equals: string } | { in: string[] } | { contains: string };

/** A cohort is a rule evaluated continuously, or a fixed list of identities. */
export type CohortDefinition =
  { kind: 'dynamic'; rule: CohortRule } | { kind: 'static'; members: string[] };

/**
 * The built-in "persistently in the top 10 %" cohort: at or above the 90th percentile on at least
 * 80 % (24) of the last 30 daily snapshots. A streak of one bad week does not qualify; a month of
 * staying near the top does (Living Security × Cyentia found a tenth of users cause most risky
 * behaviour, and that time spent in a risky state is what programmes reduce).
 */
export const persistentTopDecile: CohortDefinition = {
  kind: 'dynamic',
  rule: { op: 'persistent', percentile: 90, days: 30, share: 0.8 },
};

export { categories, levels };
