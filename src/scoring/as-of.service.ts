import { computeAccess } from './access.repository.js';
import { modelFor } from './model.service.js';
import { finishTenant } from './population.js';
import { loadMembers, type StoredScore } from './population.repository.js';
import type { ScoringDeps } from './scoring.service.js';
import { readEventPages, safeUpperSeq } from './scoring-event.repository.js';
import { dayOf, saveSnapshots } from './snapshot.repository.js';
import { TenantScorer } from './tenant-scorer.js';
import type { RiskComponents } from '../risk/index.js';

export interface AsOfScore extends StoredScore {
  email: string;
}

export interface AsOfReport {
  at: number;
  events: number;
  scores: AsOfScore[];
}

/**
 * Every identity's score as of `at` from the events up to then (later ones are left out), through
 * the same path as incremental scoring, starting from no state. Access is the directory's current
 * one: the directory keeps no history. Writes nothing unless `snapshot` asks for the day's
 * snapshot to be stored (filling in history); current scores are never overwritten.
 */
export async function scoreAsOf(
  deps: ScoringDeps,
  tenantId: string,
  at: number,
  options: { snapshot?: boolean } = {},
): Promise<AsOfReport> {
  const { db } = deps;
  const model = await modelFor(db, tenantId);
  const members = await loadMembers(db, tenantId);
  const upto = await safeUpperSeq(db, tenantId);
  const scorer = new TenantScorer(model);
  for await (const page of readEventPages(db, tenantId, { afterSeq: 0, uptoSeq: upto, until: at }))
    for (const row of page) scorer.apply(row);
  const access = await computeAccess(db, tenantId, model.params.rankExponent);
  const own = new Map<string, { components: RiskComponents; computedAt: number }>();
  for (const m of members)
    own.set(m.id, {
      components: scorer.score(m.id, at, access.get(m.id)?.points ?? 0),
      computedAt: at,
    });
  const { scores } = finishTenant(model, members, own, new Map(), at);
  const emails = new Map(members.map((m) => [m.id, m.email]));
  if (options.snapshot)
    await db.transaction((tx) => saveSnapshots(tx, tenantId, dayOf(at), 'all', scores));
  return {
    at,
    events: scorer.events,
    scores: scores.map((s) => ({ ...s, email: emails.get(s.identityId) ?? '' })),
  };
}
