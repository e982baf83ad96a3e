import { newestEventSeq } from '../events/event-tenant.js';
import type { Logger } from '../logging/logger.js';
import { safeUpperSeq } from '../scoring/scoring-event.repository.js';
import type { Db } from '../storage/db.js';
import { findTenantById } from '../tenancy/tenant.repository.js';
import type { LevelDifference } from './feed.repository.js';
import {
  compromiseEvents,
  forgetUnscored,
  levelDifferences,
  recordTold,
  scoredAt,
} from './feed.repository.js';
import { credentialCompromiseSet, riskLevelChangeSet } from './set.js';
import type { Stream } from './ssf.js';
import { caepLevel, eventTypes } from './ssf.js';
import { excludedSubjects, liveStreams, markFed } from './stream.repository.js';
import { enqueueSet } from './stream.service.js';
import type { Subject, SubjectFacts } from './subject.js';
import { subjectMatches, subjectOfIdentity } from './subject.js';
import { transmitterUrls } from './transmitter.js';

export interface FeedDeps {
  db: Db;
  publicUrl: string;
  now: () => number;
  logger?: Logger;
}

export interface FeedReport {
  levelChanges: number;
  compromises: number;
}

const PAGE = 500;

interface StreamContext {
  stream: Stream;
  issuer: string;
  tenantSlug: string;
  excluded: Subject[];
}

/**
 * Turns what changed since a stream was last fed into SETs in the outbox: a CAEP
 * risk-level-change for every identity whose level (on CAEP's LOW/MEDIUM/HIGH) differs from the
 * one the stream was last told, and a RISC credential-compromise for every account takeover
 * incident stored since. Each SET is enqueued in the same transaction that records it as told,
 * so a crash never loses one and a rerun never repeats one. Paused streams are skipped (their
 * changes are folded into the next SET once enabled); subjects the receiver removed are skipped.
 */
export async function feedStreams(deps: FeedDeps, tenantId?: string): Promise<FeedReport> {
  const report: FeedReport = { levelChanges: 0, compromises: 0 };
  for (const stream of await liveStreams(deps.db, tenantId)) {
    if (stream.status !== 'enabled') continue;
    try {
      const r = await feedStream(deps, stream);
      report.levelChanges += r.levelChanges;
      report.compromises += r.compromises;
    } catch (error) {
      deps.logger?.error(
        { err: error, tenantId: stream.tenantId, streamId: stream.id },
        'ssf feed failed',
      );
    }
  }
  return report;
}

export async function feedStream(deps: FeedDeps, stream: Stream): Promise<FeedReport> {
  const tenant = await findTenantById(deps.db, stream.tenantId);
  if (!tenant) return { levelChanges: 0, compromises: 0 };
  const ctx: StreamContext = {
    stream,
    issuer: transmitterUrls(deps.publicUrl, tenant.slug).issuer,
    tenantSlug: tenant.slug,
    excluded: (await excludedSubjects(deps.db, stream.tenantId, stream.id)) as Subject[],
  };
  return {
    levelChanges: await feedLevels(deps, ctx),
    compromises: await feedCompromises(deps, ctx),
  };
}

function facts(ctx: StreamContext, identityId: string, email: string): SubjectFacts {
  return { issuer: ctx.issuer, identityId, email, tenantSlug: ctx.tenantSlug };
}

const removed = (ctx: StreamContext, f: SubjectFacts) =>
  ctx.excluded.some((s) => subjectMatches(s, f));

/** The strongest part of the index behind a level, as CAEP's `risk_reason`. */
function reasonOf(d: LevelDifference): string {
  const parts: [string, number][] = [
    ['RISKY_BEHAVIOR', d.behavior],
    ['TARGETED_BY_THREATS', d.threat],
    ['PRIVILEGED_ACCESS', d.access],
  ];
  return parts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

async function feedLevels(deps: FeedDeps, ctx: StreamContext): Promise<number> {
  const { stream } = ctx;
  if (!stream.eventsRequested.includes(eventTypes.riskLevelChange)) return 0;
  const scored = await scoredAt(deps.db, stream.tenantId);
  if (scored <= stream.fedScoredAt) return 0;
  let sent = 0;
  let after = '';
  for (;;) {
    const page = await levelDifferences(deps.db, stream.tenantId, stream.id, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.identityId;
    await deps.db.transaction(async (tx) => {
      for (const d of page) {
        const f = facts(ctx, d.identityId, d.email);
        if (removed(ctx, f)) continue;
        const current = caepLevel(d.level);
        // The scoring run that found the change: an identity's own computed_at stays put when
        // only a roll-up (an owned agent) moved its level, so it cannot name the change.
        const txn = `${d.identityId}:${scored}`;
        const claims = riskLevelChangeSet(
          { iss: ctx.issuer, aud: stream.aud, now: deps.now() },
          {
            subject: subjectOfIdentity(f),
            current,
            previous: d.told,
            at: scored,
            reason: reasonOf(d),
            txn,
          },
        );
        (claims.events[eventTypes.riskLevelChange] as Record<string, unknown>).risk_score =
          Math.round(d.risk * 10) / 10;
        const queued = await enqueueSet(tx, stream, claims, deps.now(), {
          idempotencyKey: `risk-level:${d.identityId}:${d.told ?? 'none'}:${current}:${scored}`,
          orderingKey: `identity:${d.identityId}`,
        });
        await recordTold(tx, stream.tenantId, stream.id, d.identityId, current, deps.now());
        if (queued) sent++;
      }
    });
    if (page.length < PAGE) break;
  }
  await forgetUnscored(deps.db, stream.tenantId, stream.id);
  await markFed(deps.db, stream.tenantId, stream.id, { scoredAt: scored });
  return sent;
}

async function feedCompromises(deps: FeedDeps, ctx: StreamContext): Promise<number> {
  const { stream } = ctx;
  // Cheap look first: the safe upper bound takes a lock on PostgreSQL, only worth it when
  // events arrived and the stream wants takeovers.
  const newest = await newestEventSeq(deps.db, stream.tenantId);
  if (newest <= stream.incidentCursor) return 0;
  const wanted = stream.eventsRequested.includes(eventTypes.credentialCompromise);
  if (!wanted) {
    await markFed(deps.db, stream.tenantId, stream.id, { incidentCursor: newest });
    return 0;
  }
  const upto = await safeUpperSeq(deps.db, stream.tenantId);
  if (upto <= stream.incidentCursor) return 0;
  let sent = 0;
  let after = stream.incidentCursor;
  for (;;) {
    const page = await compromiseEvents(deps.db, stream.tenantId, after, upto, PAGE);
    const last = page.length < PAGE ? upto : page[page.length - 1]!.seq;
    await deps.db.transaction(async (tx) => {
      for (const e of page) {
        const f = facts(ctx, e.identityId, e.email);
        if (removed(ctx, f)) continue;
        const claims = credentialCompromiseSet(
          { iss: ctx.issuer, aud: stream.aud, now: deps.now() },
          {
            subject: subjectOfIdentity(f),
            at: e.time,
            source: e.source,
            txn: `${e.source}:${e.eventId}`,
          },
        );
        const queued = await enqueueSet(tx, stream, claims, deps.now(), {
          idempotencyKey: `compromise:${e.source}:${e.eventId}`,
          orderingKey: `identity:${e.identityId}`,
        });
        if (queued) sent++;
      }
      await markFed(tx, stream.tenantId, stream.id, { incidentCursor: last });
    });
    after = last;
    if (last >= upto) break;
  }
  return sent;
}
