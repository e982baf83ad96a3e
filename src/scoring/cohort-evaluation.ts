import {
  evaluateCohort,
  membershipChanges,
  parseCohortDefinition,
  persistentTopDecile,
  type CohortDefinition,
  type CohortSubject,
  type Model,
} from '../risk/index.js';
import { newId } from '../shared/ids.js';
import type { Queryable } from '../storage/db.js';
import { countKey, needsOf } from './cohort-needs.js';
import {
  listCohorts,
  openMembers,
  recordChanges,
  saveCohort,
  type Cohort,
} from './cohort.repository.js';
import { loadAttributes, loadCounts } from './cohort-subjects.repository.js';
import type { PopulationMember, StoredScore } from './population.repository.js';
import { DAY_MS, dayOf, highPercentileDays } from './snapshot.repository.js';

export interface CohortRunReport {
  cohortId: string;
  name: string;
  members: number;
  joined: number;
  left: number;
  /** Set when the stored rule no longer parses (a behaviour left the catalogue): not evaluated. */
  error?: string;
}

export const BUILTIN_TOP_DECILE = {
  name: 'Persistently in the top 10 %',
  description:
    'At or above the 90th percentile on at least 24 of the last 30 daily snapshots (docs/risk-model.md §12).',
  definition: { rule: { persistent: { percentile: 90, days: 30, share: 0.8 } } },
} as const;

/** The tenant's cohorts, creating the built-in ones on first use. */
export async function cohortsOf(tx: Queryable, tenantId: string, at: number): Promise<Cohort[]> {
  const cohorts = await listCohorts(tx, tenantId);
  if (cohorts.some((c) => c.builtin)) return cohorts;
  const builtin: Cohort = {
    id: newId(),
    name: BUILTIN_TOP_DECILE.name,
    description: BUILTIN_TOP_DECILE.description,
    kind: 'dynamic',
    definition: BUILTIN_TOP_DECILE.definition,
    builtin: true,
    createdAt: at,
    updatedAt: at,
    evaluatedAt: null,
  };
  await saveCohort(tx, tenantId, builtin);
  return [builtin, ...cohorts];
}

/**
 * Evaluates every cohort of the tenant against the current scores and records who joined and who
 * left. Runs inside the scoring transaction, so memberships always match the scores beside them.
 */
export async function evaluateCohorts(
  tx: Queryable,
  tenantId: string,
  model: Model,
  members: readonly PopulationMember[],
  scores: readonly StoredScore[],
  at: number,
): Promise<CohortRunReport[]> {
  const cohorts = await cohortsOf(tx, tenantId, at);
  const parsed = cohorts.map((c) => parseStored(c, model));
  const definitions = parsed.flatMap((p) => (p.definition ? [p.definition] : []));
  const subjects = await buildSubjects(tx, tenantId, model, members, scores, definitions, at);
  const reports: CohortRunReport[] = [];
  for (const [i, cohort] of cohorts.entries()) {
    const { definition, error } = parsed[i] ?? {};
    if (!definition) {
      reports.push({
        cohortId: cohort.id,
        name: cohort.name,
        members: 0,
        joined: 0,
        left: 0,
        error,
      });
      continue;
    }
    const current = evaluateCohort(definition, subjects, at);
    const changes = membershipChanges(await openMembers(tx, tenantId, cohort.id), current, at);
    await recordChanges(tx, tenantId, cohort.id, changes, at);
    reports.push({
      cohortId: cohort.id,
      name: cohort.name,
      members: current.size,
      joined: changes.filter((c) => c.change === 'joined').length,
      left: changes.filter((c) => c.change === 'left').length,
    });
  }
  return reports;
}

function parseStored(
  cohort: Cohort,
  model: Model,
): { definition?: CohortDefinition; error?: string } {
  if (cohort.builtin) return { definition: persistentTopDecile };
  try {
    return { definition: parseCohortDefinition(cohort.definition, model.indexOf) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function buildSubjects(
  tx: Queryable,
  tenantId: string,
  model: Model,
  members: readonly PopulationMember[],
  scores: readonly StoredScore[],
  definitions: readonly CohortDefinition[],
  at: number,
): Promise<CohortSubject[]> {
  const needs = needsOf(definitions);
  const attributes: Map<string, CohortSubject['attributes']> = needs.attributes
    ? await loadAttributes(tx, tenantId)
    : new Map<string, CohortSubject['attributes']>();
  const counts = await loadCounts(tx, tenantId, model, needs, at);
  const history: Map<string, { at: number; percentile: number }[]> = needs.persistent
    ? await highPercentileDays(
        tx,
        tenantId,
        dayOf(at - needs.persistent.days * DAY_MS),
        needs.persistent.percentile,
      )
    : new Map<string, { at: number; percentile: number }[]>();
  const byId = new Map(scores.map((s) => [s.identityId, s]));
  return members.map((m): CohortSubject => {
    const s = byId.get(m.id);
    return {
      id: m.id,
      attributes: attributes.get(m.id) ?? { kind: m.kind, email: m.email },
      scores: {
        risk: s?.risk ?? 0,
        likelihood: s?.likelihood ?? 0,
        behavior: s?.behavior ?? 0,
        threat: s?.threat ?? 0,
        access: s?.access ?? 0,
        level: s?.level ?? 'low',
        percentile: s?.percentile ?? 0,
      },
      countEvents: (filter, since) => {
        const days = Math.round((at - since) / DAY_MS);
        return counts.get(countKey(filter, days))?.get(m.id) ?? 0;
      },
      // Past days from the snapshots; today's point is the current score.
      history: [
        ...(history.get(m.id) ?? []).filter((h) => h.at < at - (at % DAY_MS)),
        { at, percentile: s?.percentile ?? 0 },
      ],
    };
  });
}
