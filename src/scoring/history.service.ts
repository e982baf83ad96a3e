import { dayEnds } from '../risk/index.js';
import { AppError } from '../shared/errors.js';
import { AsOfWalk, readAsOfInputs, storeDay } from './as-of.service.js';
import type { StoredScore } from './population.repository.js';
import type { ScoringDeps } from './scoring.service.js';
import { DAY_MS, dayEnd, dayOf } from './snapshot.repository.js';

export interface HistoryRequest {
  /** First and last UTC day to fill in, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  onDay?: (day: string, done: number) => void;
}

export interface HistoryReport {
  days: string[];
  /** Events folded in by the end of the last day. */
  events: number;
}

/**
 * Days are written a few at a time: one transaction per day costs a commit (an fsync) per day,
 * one for the whole history would hold the write lock for seconds.
 */
const ROWS_PER_TRANSACTION = 20_000;

/** More days than this in one request is a mistake (ten years of history). */
export const HISTORY_DAYS_MAX = 3650;

/**
 * Fills in a tenant's daily history from its stored events: for every day from `from` to `to`,
 * every identity's snapshot and the tenant's trend point as of the end of that day — what
 * `bulwark score --as-of DAY --snapshot` stores for one day — in one pass over the events.
 * A day's rows replace whatever that day held, so filling in again duplicates nothing. A day is
 * written whole in one transaction; current scores are never touched.
 */
export async function fillHistory(
  deps: ScoringDeps,
  tenantId: string,
  request: HistoryRequest,
): Promise<HistoryReport> {
  const ends = historyDayEnds(request.from, request.to);
  const walk = new AsOfWalk(await readAsOfInputs(deps.db, tenantId, ends.at(-1) ?? 0));
  const days: string[] = [];
  let batch: { day: string; scores: StoredScore[] }[] = [];
  const write = async () => {
    const written = batch;
    batch = [];
    await deps.db.transaction(async (tx) => {
      for (const d of written) await storeDay(tx, tenantId, d.day, d.scores);
    });
    for (const d of written) {
      days.push(d.day);
      request.onDay?.(d.day, days.length);
    }
  };
  for (const at of ends) {
    batch.push({ day: dayOf(at), scores: walk.scoresAt(at) });
    if (batch.length * walk.inputs.members.length >= ROWS_PER_TRANSACTION) await write();
  }
  if (batch.length > 0) await write();
  return { days, events: walk.events };
}

function historyDayEnds(from: string, to: string): number[] {
  const problems = [...dayProblems('from', from), ...dayProblems('to', to)];
  if (problems.length === 0) {
    const count = (dayEnd(to) - dayEnd(from)) / DAY_MS + 1;
    if (count < 1) problems.push({ path: 'to', message: `must not be before from (${from})` });
    if (count > HISTORY_DAYS_MAX)
      problems.push({ path: 'to', message: `at most ${HISTORY_DAYS_MAX} days, got ${count}` });
  }
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `history: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      problems,
    );
  return dayEnds(from, to);
}

function dayProblems(path: string, day: string): { path: string; message: string }[] {
  const start = Date.parse(`${day}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isFinite(start) && dayOf(start) === day;
  return ok ? [] : [{ path, message: `must be a calendar day YYYY-MM-DD, got "${day}"` }];
}
