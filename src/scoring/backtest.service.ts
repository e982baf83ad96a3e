import {
  backtest,
  DAY_MS,
  type BacktestIdentity,
  type BacktestReference,
  type BacktestReport,
} from '../risk/index.js';
import { AppError } from '../shared/errors.js';
import type { Queryable } from '../storage/db.js';
import { computeAccess } from './access.repository.js';
import { confirmBursts, type TaggedScoringEvent } from './confirm.js';
import { modelFor } from './model.service.js';
import { loadMembers } from './population.repository.js';
import type { ScoringDeps } from './scoring.service.js';
import { readEventPages, safeUpperSeq } from './scoring-event.repository.js';

/** Weight of one entitlement toward a "full" blast radius (four critical grants or admin roles). */
const BLAST_WEIGHT: Readonly<Record<string, number>> = {
  low: 0,
  medium: 0.1,
  high: 0.5,
  critical: 1,
};
const ADMIN_WEIGHT = 0.5;

export interface BacktestRequest {
  asOf: number;
  horizonDays: number;
  /** Only these identities (a viewer's visible population); everyone when absent. */
  identityIds?: ReadonlySet<string>;
  /** Rankings reported beside the baselines, never counted as one (the benchmark's ceiling). */
  references?: readonly BacktestReference[];
}

/**
 * Scores every person as of `asOf` from the stored events up to then (MFA pushes confirmed as
 * scoring confirms them) and measures how the likelihood and the index rank the incidents of the
 * next `horizonDays`, beside the baselines (docs/risk-model.md §13).
 *
 * An incident's impact is 1 + 4 × the share
 * of a full blast radius the identity holds in the directory (critical grant 1, high 0.5, medium
 * 0.1, admin rights on a grant +0.5; four make a full one) — the compromised account's reach, on
 * a 1–5 scale. It is the same definition the demo generator uses for its hidden access weight.
 */
export async function runBacktest(
  deps: ScoringDeps,
  tenantId: string,
  request: BacktestRequest,
): Promise<BacktestReport> {
  const { db } = deps;
  if (!Number.isFinite(request.asOf))
    throw new AppError('VALIDATION_FAILED', 'asOf: must be a date', [
      { path: 'asOf', message: 'must be a date' },
    ]);
  const model = await modelFor(db, tenantId);
  const members = (await loadMembers(db, tenantId)).filter(
    (m) => m.kind === 'person' && (request.identityIds?.has(m.id) ?? true),
  );
  const access = await computeAccess(db, tenantId, model.params.rankExponent);
  const until = request.asOf + request.horizonDays * DAY_MS;
  const upto = await safeUpperSeq(db, tenantId);
  const wanted = new Set(members.map((m) => m.id));
  const rows = [];
  for await (const page of readEventPages(db, tenantId, { afterSeq: 0, uptoSeq: upto, until }))
    for (const row of page) if (wanted.has(row.identityId)) rows.push(row);
  const events: TaggedScoringEvent[] = confirmBursts(rows);
  const identities: BacktestIdentity[] = members.map((m) => ({
    id: m.id,
    kind: m.kind,
    ownerId: null,
    accessPoints: access.get(m.id)?.points ?? 0,
  }));
  const reach = await blastRadius(db, tenantId);
  return backtest(model, {
    identities,
    events,
    asOf: request.asOf,
    horizonDays: request.horizonDays,
    impactOf: (e) => 1 + 4 * (reach.get(e.identityId) ?? 0),
    references: request.references,
  });
}

async function blastRadius(db: Queryable, tenantId: string): Promise<Map<string, number>> {
  const rows = await db.all<{ identity_id: string; criticality: string; admin: number }>(
    `SELECT e.identity_id, r.criticality, e.admin FROM entitlements e
       JOIN resources r ON r.tenant_id = e.tenant_id AND r.id = e.resource_id WHERE e.tenant_id = ?`,
    [tenantId],
  );
  const sum = new Map<string, number>();
  for (const r of rows) {
    const w = (BLAST_WEIGHT[r.criticality] ?? 0) + (Number(r.admin) === 1 ? ADMIN_WEIGHT : 0);
    sum.set(r.identity_id, (sum.get(r.identity_id) ?? 0) + w);
  }
  return new Map([...sum].map(([id, w]) => [id, Math.min(1, w / 4)]));
}
