import type { Model } from '../risk/index.js';
import type { Queryable } from '../storage/db.js';
import { computeAccess } from './access.repository.js';
import { modelFor } from './model.service.js';
import { finishTenant, trendOf, type OwnScore } from './population.js';
import { loadMembers, type PopulationMember, type StoredScore } from './population.repository.js';
import type { ScoringDeps } from './scoring.service.js';
import { readEventPages, safeUpperSeq } from './scoring-event.repository.js';
import { dayOf, saveSnapshots, saveTrendDay } from './snapshot.repository.js';
import { TenantScorer } from './tenant-scorer.js';
import { Timeline } from './timeline.js';

export interface AsOfScore extends StoredScore {
  email: string;
}

export interface AsOfReport {
  at: number;
  events: number;
  scores: AsOfScore[];
}

/**
 * Every identity's score as of `at` from the events up to then (later ones are left out), folded
 * in time order through the same scorer as incremental scoring, starting from no state. Access is
 * the directory's current one: the directory keeps no history. Writes nothing unless `snapshot`
 * asks for the day's snapshot and trend point to be stored (filling in history); current scores
 * are never overwritten.
 */
export async function scoreAsOf(
  deps: ScoringDeps,
  tenantId: string,
  at: number,
  options: { snapshot?: boolean } = {},
): Promise<AsOfReport> {
  const { db } = deps;
  const walk = new AsOfWalk(await readAsOfInputs(db, tenantId, at));
  const scores = walk.scoresAt(at);
  if (options.snapshot) await db.transaction((tx) => storeDay(tx, tenantId, dayOf(at), scores));
  const emails = new Map(walk.inputs.members.map((m) => [m.id, m.email]));
  return {
    at,
    events: walk.events,
    scores: scores.map((s) => ({ ...s, email: emails.get(s.identityId) ?? '' })),
  };
}

/** One day of history: every identity's snapshot and the tenant's trend point, as of `scores`. */
export async function storeDay(
  tx: Queryable,
  tenantId: string,
  day: string,
  scores: readonly StoredScore[],
): Promise<void> {
  await saveSnapshots(tx, tenantId, day, 'all', scores);
  await saveTrendDay(tx, tenantId, trendOf(day, scores));
}

/** What as-of scoring starts from: the model, the directory, access and the events in time order. */
export interface AsOfInputs {
  model: Model;
  members: PopulationMember[];
  accessPoints: Map<string, number>;
  timeline: Timeline;
}

/** Reads the tenant's inputs once, with the linked events up to `until`. */
export async function readAsOfInputs(
  db: ScoringDeps['db'],
  tenantId: string,
  until: number,
): Promise<AsOfInputs> {
  const model = await modelFor(db, tenantId);
  const members = await loadMembers(db, tenantId);
  const upto = await safeUpperSeq(db, tenantId);
  const timeline = new Timeline();
  for await (const page of readEventPages(db, tenantId, { afterSeq: 0, uptoSeq: upto, until }))
    for (const row of page) timeline.add(row);
  const access = await computeAccess(db, tenantId, model.params.rankExponent);
  const accessPoints = new Map([...access].map(([id, profile]) => [id, profile.points]));
  return { model, members, accessPoints, timeline };
}

/**
 * Walks a tenant's events forward in time: `scoresAt` folds in the events up to each instant asked
 * (instants must not go back) and reads the whole tenant there, rolled up, levelled and ranked as
 * a scoring run does. Asked once, it is as-of scoring; asked at the end of every day, it is that
 * many as-of scorings for the cost of one pass, with the same result as each, bit for bit, because
 * the events are folded in the same order (time, then sequence) either way.
 */
export class AsOfWalk {
  private readonly scorer: TenantScorer;
  private next = 0;
  private last = -Infinity;

  constructor(readonly inputs: AsOfInputs) {
    this.scorer = new TenantScorer(inputs.model);
  }

  /** Events folded in so far. */
  get events(): number {
    return this.next;
  }

  scoresAt(at: number): StoredScore[] {
    if (at < this.last) throw new RangeError('as-of instants must not go back in time');
    this.last = at;
    const { model, members, accessPoints, timeline } = this.inputs;
    for (; this.next < timeline.length && timeline.timeAt(this.next) <= at; this.next++)
      this.scorer.apply(timeline.rowAt(this.next));
    const own = new Map<string, OwnScore>();
    for (const m of members)
      own.set(m.id, {
        components: this.scorer.score(m.id, at, accessPoints.get(m.id) ?? 0),
        computedAt: at,
        rescored: true,
      });
    return finishTenant(model, members, own, new Map()).scores;
  }
}
