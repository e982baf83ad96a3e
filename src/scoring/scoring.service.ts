import type { AccessProfile, Model } from '../risk/index.js';
import { AppError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import { computeAccess, loadAccessPoints, saveAccess } from './access.repository.js';
import { evaluateCohorts, type CohortRunReport } from './cohort-evaluation.js';
import {
  advanceCursor,
  directoryMarker,
  loadCursor,
  weightsMarker,
  type ScoringCursor,
} from './cursor.repository.js';
import { saveDrivers, type DriverPopulation } from './drivers.repository.js';
import { modelFor } from './model.service.js';
import { finishTenant, trendOf, type OwnScore } from './population.js';
import {
  dropDeparted,
  loadMembers,
  loadScores,
  savePercentiles,
  saveScores,
  type PopulationMember,
  type StoredScore,
} from './population.repository.js';
import { eventsOfIdentity, readEventPages, safeUpperSeq } from './scoring-event.repository.js';
import { dayOf, saveTrendDay, snapshotCurrent } from './snapshot.repository.js';
import type { ScoringMemory, TenantMemory } from './scoring-memory.js';
import { DriverTotals, type Driver } from './stats.js';
import { loadStates, saveStates } from './state.repository.js';
import {
  TenantScorer,
  recordFromStored,
  type IdentityRecord,
  recordToText,
  type RecordText,
} from './tenant-scorer.js';

export interface ScoringDeps {
  db: Db;
  clock: Clock;
  /** What the last run in this process left; without it every run reads from the database. */
  memory?: ScoringMemory;
}

export interface ScoreOptions {
  /** Rebuild every state from every event (`bulwark score --full`). */
  full?: boolean;
  /** Rescore every identity from its state even if nothing else asks for it. */
  all?: boolean;
}

/**
 * How a run went. `incremental`: only identities with new events were rescored; `refresh`: every
 * identity was rescored from its stored state (first run of a day, directory or weights changed,
 * or asked); `full`: every state was rebuilt from the whole event store.
 */
export interface ScoreReport {
  mode: 'incremental' | 'refresh' | 'full';
  at: number;
  events: number;
  identities: number;
  rescored: number;
  written: number;
  lastSeq: number;
  cohorts: CohortRunReport[];
}

/** New identities beyond this many are cheaper to catch up with a full recompute. */
const LATE_IDENTITIES_MAX = 1000;

class Moved extends Error {}

/**
 * Brings a tenant's scores up to date: reads the events stored since the cursor in sequence
 * order, folds them into the identities' states, rescores those identities (or everyone, see
 * `ScoreReport.mode`), recomputes roll-ups, levels and percentiles, evaluates cohorts and writes
 * today's snapshot — all in one transaction that commits only if no other run moved the cursor
 * meanwhile, so nothing is counted twice or half-applied.
 */
export async function scoreTenant(
  deps: ScoringDeps,
  tenantId: string,
  options: ScoreOptions = {},
): Promise<ScoreReport> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await runOnce(deps, tenantId, options);
    } catch (error) {
      if (!(error instanceof Moved)) throw error;
    }
  }
  throw new AppError('CONFLICT', 'other scoring runs kept moving the cursor; run it again');
}

interface RunPlan {
  mode: ScoreReport['mode'];
  at: number;
  day: string;
  cursor: ScoringCursor | undefined;
  model: Model;
  upto: number;
  directory: string;
  weights: string;
}

async function plan(deps: ScoringDeps, tenantId: string, options: ScoreOptions): Promise<RunPlan> {
  const { db } = deps;
  const at = deps.clock.now();
  const day = dayOf(at);
  const cursor = await loadCursor(db, tenantId);
  const model = await modelFor(db, tenantId);
  const directory = await directoryMarker(db, tenantId);
  const weights = await weightsMarker(db, tenantId);
  const upto = await safeUpperSeq(db, tenantId);
  const full = options.full === true || !cursor || cursor.modelVersion !== model.version;
  const refresh =
    options.all === true ||
    cursor?.refreshedDay !== day ||
    cursor.directoryMarker !== directory ||
    cursor.weightsMarker !== weights;
  const mode = full ? 'full' : refresh ? 'refresh' : 'incremental';
  return { mode, at, day, cursor, model, upto, directory, weights };
}

async function runOnce(
  deps: ScoringDeps,
  tenantId: string,
  options: ScoreOptions,
): Promise<ScoreReport> {
  const { db } = deps;
  let p = await plan(deps, tenantId, options);
  const warm = p.mode === 'full' ? undefined : deps.memory?.take(tenantId, p.cursor, p.model);
  const members = warm && p.mode === 'incremental' ? warm.members : await loadMembers(db, tenantId);
  const stored =
    p.mode === 'full'
      ? new Map<string, StoredScore>()
      : (warm?.scores ?? (await loadScores(db, tenantId)));
  const late = members.filter((m) => !stored.has(m.id));
  if (p.mode !== 'full' && late.length > LATE_IDENTITIES_MAX) p = { ...p, mode: 'full' };
  // With a memory to fill, the first run in this process reads every state, as a refresh does,
  // so that the runs after it read none.
  const fill = !warm && deps.memory !== undefined && members.length <= deps.memory.maxIdentities;
  const complete = p.mode !== 'incremental' || warm !== undefined || fill;
  const scorer = new TenantScorer(p.model, p.mode === 'full' ? undefined : warm?.records);
  if (!warm && (p.mode === 'refresh' || (p.mode === 'incremental' && fill)))
    await loadInto(scorer, db, tenantId, 'all');
  const after = p.mode === 'full' ? 0 : (p.cursor?.lastSeq ?? 0);
  if (p.mode !== 'full') await catchUpLate(scorer, db, tenantId, late, after);
  await foldNewEvents(scorer, db, tenantId, p, after, complete);
  const access = await accessFor(db, tenantId, p, warm);
  const rescore =
    p.mode === 'incremental' ? new Set([...scorer.touched, ...late.map((m) => m.id)]) : undefined;
  const own = ownScores(scorer, members, stored, access.points, rescore, p.at);
  const finished = finishTenant(p.model, members, own, p.mode === 'full' ? new Map() : stored);
  const everyone = p.mode !== 'incremental';
  const written = everyone
    ? finished.scores
    : finished.scores.filter((s) => finished.changed.has(s.identityId));
  const moved = everyone ? [] : finished.scores.filter((s) => finished.moved.has(s.identityId));
  const drivers = complete ? populationDrivers(p.model, members, scorer.records, p.at) : undefined;
  const stateIds = [...scorer.touched];
  const states = new Map<string, RecordText>();
  for (const id of p.mode === 'full' ? scorer.records.keys() : stateIds) {
    const record = scorer.records.get(id);
    if (record) states.set(id, recordToText(p.model, record));
  }
  const next = {
    lastSeq: Math.max(p.upto, p.cursor?.lastSeq ?? 0),
    refreshedDay: everyone ? p.day : (p.cursor?.refreshedDay ?? p.day),
    directoryMarker: p.directory,
    weightsMarker: p.weights,
    modelVersion: p.model.version,
    scoredAt: p.at,
  };
  const cohorts = await db.transaction(async (tx) => {
    if (!(await advanceCursor(tx, tenantId, p.cursor, next))) throw new Moved();
    // Yesterday's scores become yesterday's snapshot before today's first run replaces them;
    // today's point of history is the current score itself.
    if (p.cursor && p.cursor.refreshedDay !== p.day)
      await snapshotCurrent(tx, tenantId, p.cursor.refreshedDay);
    if (everyone) await dropDeparted(tx, tenantId);
    if (access.profiles) await saveAccess(tx, tenantId, access.profiles);
    await saveStates(tx, tenantId, p.mode === 'full' ? 'all' : stateIds, states);
    const ids = everyone ? 'all' : written.map((s) => s.identityId);
    await saveScores(tx, tenantId, ids, written);
    if (!everyone) await savePercentiles(tx, tenantId, moved);
    await saveTrendDay(tx, tenantId, trendOf(p.day, finished.scores));
    if (drivers) await saveDrivers(tx, tenantId, p.at, drivers);
    return evaluateCohorts(tx, tenantId, p.model, members, finished.scores, p.at);
  });
  if (complete)
    deps.memory?.keep(tenantId, {
      cursorVersion: (p.cursor?.version ?? 0) + 1,
      modelVersion: p.model.version,
      behaviourCount: p.model.behaviours.length,
      members,
      records:
        p.mode === 'refresh'
          ? storedAfterRefresh(scorer.records, members, scorer.touched)
          : scorer.records,
      scores: new Map(finished.scores.map((s) => [s.identityId, s])),
      access: access.points,
    });
  return {
    mode: p.mode,
    at: p.at,
    events: scorer.events,
    identities: members.length,
    rescored: rescore?.size ?? members.length,
    written: written.length + moved.length,
    lastSeq: next.lastSeq,
    cohorts,
  };
}

/**
 * The states as the database holds them after a refresh: `dropDeparted` removed those of
 * identities no longer in the directory, then the states this run touched were written.
 */
function storedAfterRefresh(
  records: Map<string, IdentityRecord>,
  members: readonly PopulationMember[],
  touched: ReadonlySet<string>,
): Map<string, IdentityRecord> {
  const ids = new Set(members.map((m) => m.id));
  for (const id of records.keys()) if (!ids.has(id) && !touched.has(id)) records.delete(id);
  return records;
}

/**
 * What drives risk across everyone, people and agents, from every state the run holds: the same
 * figures as `driversOf` over the stored states at the run's time, without reading them back.
 */
function populationDrivers(
  model: Model,
  members: readonly PopulationMember[],
  records: ReadonlyMap<string, IdentityRecord>,
  at: number,
): Map<DriverPopulation, Driver[]> {
  const all = new DriverTotals(model, at);
  const byKind = { person: new DriverTotals(model, at), agent: new DriverTotals(model, at) };
  for (const m of members) {
    const record = records.get(m.id);
    if (!record) continue;
    all.addState(record.state);
    byKind[m.kind].addState(record.state);
  }
  return new Map<DriverPopulation, Driver[]>([
    ['all', all.list()],
    ['person', byKind.person.list()],
    ['agent', byKind.agent.list()],
  ]);
}

async function loadInto(
  scorer: TenantScorer,
  db: Db,
  tenantId: string,
  ids: readonly string[] | 'all',
): Promise<void> {
  for (const [id, s] of await loadStates(db, tenantId, ids))
    scorer.records.set(id, recordFromStored(scorer.model, s));
}

/**
 * Identities the directory learned after their events arrived: their events were linked to them
 * with sequence numbers the cursor has passed, so they are folded in first, in sequence order, as
 * a full recompute would.
 */
async function catchUpLate(
  scorer: TenantScorer,
  db: Db,
  tenantId: string,
  late: readonly PopulationMember[],
  uptoSeq: number,
): Promise<void> {
  for (const m of late) {
    if (scorer.records.has(m.id)) continue;
    for (const row of await eventsOfIdentity(db, tenantId, m.id, uptoSeq)) scorer.apply(row);
  }
}

async function foldNewEvents(
  scorer: TenantScorer,
  db: Db,
  tenantId: string,
  p: RunPlan,
  after: number,
  complete: boolean,
): Promise<void> {
  const checked = new Set<string>();
  for await (const page of readEventPages(db, tenantId, { afterSeq: after, uptoSeq: p.upto })) {
    if (p.mode === 'incremental' && !complete) {
      const unseen = [...new Set(page.map((r) => r.identityId))].filter((id) => !checked.has(id));
      for (const id of unseen) checked.add(id);
      await loadInto(
        scorer,
        db,
        tenantId,
        unseen.filter((id) => !scorer.records.has(id)),
      );
    }
    for (const row of page) scorer.apply(row);
  }
}

async function accessFor(
  db: Db,
  tenantId: string,
  p: RunPlan,
  warm: TenantMemory | undefined,
): Promise<{ points: Map<string, number>; profiles?: Map<string, AccessProfile> }> {
  const stale = p.mode === 'full' || p.cursor?.directoryMarker !== p.directory;
  if (!stale) return { points: warm?.access ?? (await loadAccessPoints(db, tenantId)) };
  const profiles = await computeAccess(db, tenantId, p.model.params.rankExponent);
  const points = new Map([...profiles].map(([id, profile]) => [id, profile.points]));
  return { points, profiles };
}

function ownScores(
  scorer: TenantScorer,
  members: readonly PopulationMember[],
  stored: ReadonlyMap<string, StoredScore>,
  access: ReadonlyMap<string, number>,
  rescore: ReadonlySet<string> | undefined,
  at: number,
): Map<string, OwnScore> {
  const own = new Map<string, OwnScore>();
  for (const m of members) {
    const before = stored.get(m.id);
    if (rescore && !rescore.has(m.id) && before) {
      const { ownRisk, likelihood, behavior, threat, access: a, protection } = before;
      own.set(m.id, {
        components: { risk: ownRisk, likelihood, behavior, threat, access: a, protection },
        computedAt: before.computedAt,
        rescored: false,
      });
      continue;
    }
    const score = scorer.score(m.id, at, access.get(m.id) ?? 0);
    own.set(m.id, { components: score, computedAt: at, rescored: true });
  }
  return own;
}
