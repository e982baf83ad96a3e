import type { Logger } from '../logging/logger.js';
import type { Level } from '../risk/index.js';
import { impactModifier } from '../risk/combine.js';
import type { ModelParams } from '../risk/index.js';
import { explainIdentity } from '../scoring/explain.service.js';
import { modelFor } from '../scoring/model.service.js';
import type { Clock } from '../shared/clock.js';
import type { Db, Queryable } from '../storage/db.js';
import type { ChangeFactor, ChangeIdentity, Destination, LevelChange } from './destination.js';
import { messageKinds } from './destination.js';
import { listEnabledDestinations, saveFeedPosition } from './destination.repository.js';
import type { Wants } from './drivers/driver.js';
import { destinationDriverOf } from './drivers/index.js';
import type { OutboxDraft } from './outbox.js';
import { enqueue } from './outbox.service.js';
import {
  changeIdentities,
  compromiseEvents,
  levelDifferences,
  recordTold,
  scoredAt,
} from './risk-feed.repository.js';
import type { FeedStep } from './risk-feed.js';
import { feedSteps, levelsFrom } from './risk-feed.js';

export interface FeedDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
}

/** Identities compared per destination per pass; the rest follow at the next pass. */
const BATCH = 200;
const TOP_FACTORS = 3;

export interface FeedReport {
  enqueued: number;
  recorded: number;
  /** False when more differences wait for the next pass. */
  complete: boolean;
}

/** Enqueues for one destination what changed since it was last told. */
export async function feedDestination(deps: FeedDeps, d: Destination): Promise<FeedReport> {
  const driver = destinationDriverOf(d.kind);
  const parsed = driver.settings.safeParse(d.settings);
  if (!parsed.success) return { enqueued: 0, recorded: 0, complete: true };
  const wants = driver.wants(parsed.data);
  const report: FeedReport = { enqueued: 0, recorded: 0, complete: true };
  if (wants.levelChanges) await feedLevels(deps, d, wants, report);
  if (wants.compromises) await feedCompromises(deps, d, report);
  return report;
}

async function feedLevels(
  deps: FeedDeps,
  d: Destination,
  wants: Wants,
  report: FeedReport,
): Promise<void> {
  const { db } = deps;
  const scored = await scoredAt(db, d.tenantId);
  if (scored === 0 || d.fedScoredAt >= scored) return;
  const differences = await levelDifferences(
    db,
    d.tenantId,
    d.id,
    { kinds: d.identityKinds, meeting: levelsFrom(d.minLevel) },
    BATCH,
  );
  const steps = feedSteps(differences, d.minLevel, wants);
  const sends = steps.filter((s) => s.send);
  const drafts = await levelDrafts(db, d, { sends, wants, run: scored }, deps.clock.now());
  const complete = differences.length < BATCH;
  const now = deps.clock.now();
  const { enqueued } = await db.transaction(async (tx) => {
    const result = await enqueue(tx, d.tenantId, drafts, now);
    await recordTold(tx, d.tenantId, d.id, steps, now);
    if (complete) await saveFeedPosition(tx, d, { fedScoredAt: scored });
    return result;
  });
  report.enqueued += enqueued;
  report.recorded += steps.length;
  report.complete &&= complete;
}

async function levelDrafts(
  db: Queryable,
  d: Destination,
  of: { sends: readonly FeedStep[]; wants: Wants; run: number },
  now: number,
): Promise<OutboxDraft[]> {
  const { sends, wants, run } = of;
  const identities = await changeIdentities(
    db,
    d.tenantId,
    sends.map((s) => s.identityId),
  );
  const params = sends.length ? (await modelFor(db, d.tenantId)).params : undefined;
  const drafts: OutboxDraft[] = [];
  for (const step of sends) {
    const found = identities.get(step.identityId);
    // A group receiver needs the person's names to find them; those left with the identity.
    if (!found && wants.membership) continue;
    const identity = found ?? departed(step.identityId);
    const change = await levelChange(db, d, { step, identity, params, run }, now);
    drafts.push({
      destinationId: d.id,
      kind: messageKinds.levelChange,
      payload: change,
      idempotencyKey: change.id,
      orderingKey: step.identityId,
    });
  }
  return drafts;
}

/** An identity that left the directory: only its id is left to name it by. */
function departed(id: string): ChangeIdentity {
  return {
    id,
    kind: 'person',
    email: '',
    name: null,
    userName: null,
    department: null,
    entraId: null,
    upns: [],
  };
}

async function levelChange(
  db: Queryable,
  d: Destination,
  of: {
    step: FeedStep;
    identity: ChangeIdentity;
    params: Readonly<ModelParams> | undefined;
    /** The scoring run the change was seen after: the same move seen after another run is new. */
    run: number;
  },
  now: number,
): Promise<LevelChange> {
  const { step, identity, params, run } = of;
  const explained =
    step.level === null ? undefined : await explainIdentity(db, d.tenantId, identity.id, 0);
  const s = explained?.score;
  const computedAt = s?.computedAt ?? now;
  const factors: ChangeFactor[] = (explained?.explanation.behaviours ?? [])
    .filter((b) => b.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, TOP_FACTORS)
    .map((b) => ({ name: b.type, title: b.title, points: round(b.points) }));
  return {
    type: 'risk.level_changed',
    id: changeKey(identity.id, step.previousLevel, step.level, step.meets, run),
    occurredAt: new Date(computedAt).toISOString(),
    identity,
    previousLevel: step.previousLevel,
    level: step.level,
    meetsMinimum: step.meets,
    score:
      s && params
        ? {
            risk: round(s.risk),
            likelihood: round(s.likelihood),
            impact: round(impactModifier(s.access, params)),
            behavior: round(s.behavior),
            threat: round(s.threat),
            access: round(s.access),
            protection: round(s.protection),
            percentile: round(s.percentile),
            computedAt: new Date(s.computedAt).toISOString(),
          }
        : null,
    factors,
  };
}

/**
 * The idempotency key of a level change: the identity, the move, its standing and when the
 * score was computed. Two servers that see the same change make the same key, so it is stored
 * once.
 */
export function changeKey(
  identityId: string,
  from: Level | null,
  to: Level | null,
  meets: boolean,
  at: number,
): string {
  return `level:${identityId}:${from ?? 'none'}>${to ?? 'none'}:${meets ? 'in' : 'out'}:${at}`;
}

const round = (n: number) => Math.round(n * 100) / 100;

async function feedCompromises(deps: FeedDeps, d: Destination, report: FeedReport): Promise<void> {
  const { db } = deps;
  const events = await compromiseEvents(db, d.tenantId, d.incidentCursor, BATCH);
  const last = events.at(-1);
  if (!last) return;
  const identities = await changeIdentities(
    db,
    d.tenantId,
    events.map((e) => e.identityId),
  );
  const drafts: OutboxDraft[] = [];
  for (const e of events) {
    const identity = identities.get(e.identityId);
    if (!identity) continue;
    const id = `compromised:${e.source}:${e.id}`;
    drafts.push({
      destinationId: d.id,
      kind: messageKinds.compromised,
      idempotencyKey: id,
      payload: {
        type: 'identity.compromised',
        id,
        occurredAt: new Date(e.time).toISOString(),
        identity,
        event: { source: e.source, id: e.id, type: e.type, time: new Date(e.time).toISOString() },
      },
    });
  }
  const now = deps.clock.now();
  const { enqueued } = await db.transaction(async (tx) => {
    const result = await enqueue(tx, d.tenantId, drafts, now);
    await saveFeedPosition(tx, d, { incidentCursor: last.seq });
    return result;
  });
  report.enqueued += enqueued;
  report.complete &&= events.length < BATCH;
}

/** One pass over every enabled destination of every tenant; returns how many messages it made. */
export async function feedAll(deps: FeedDeps): Promise<number> {
  let enqueued = 0;
  for (const d of await listEnabledDestinations(deps.db)) {
    try {
      enqueued += (await feedDestination(deps, d)).enqueued;
    } catch (error) {
      deps.logger.error(
        { err: error, tenantId: d.tenantId, destinationId: d.id },
        'risk feed failed for a destination',
      );
    }
  }
  return enqueued;
}
