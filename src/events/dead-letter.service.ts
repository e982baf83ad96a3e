import { AppError } from '../shared/errors.js';
import type { DeadLetter } from './dead-letter.repository.js';
import {
  findDeadLetter,
  listDeadLetters,
  markFailedAgain,
  markReplayed,
} from './dead-letter.repository.js';
import { eventRow, insertEvents } from './event.repository.js';
import { findFormat } from './formats/index.js';
import { storedTenantNumber, type IngestDeps } from './ingest.service.js';
import { prepareRecord } from './prepare.js';
import { SubjectResolver } from './subject-resolver.js';

export interface ReplayOutcome {
  id: number;
  outcome: 'stored' | 'duplicate' | 'ignored' | 'rejected';
  reason?: string;
}

/**
 * Runs dead letters through ingest again, for instance after a catalogue change or a fix upstream.
 * A letter that now succeeds is marked replayed; one that fails again keeps its place with the new
 * reason.
 */
export async function replayDeadLetters(
  deps: IngestDeps,
  tenantId: string,
  ids?: readonly number[],
): Promise<ReplayOutcome[]> {
  const letters = ids
    ? await loadLetters(deps, tenantId, ids)
    : await listDeadLetters(deps.db, tenantId, { status: 'pending', limit: 10_000 });
  const outcomes: ReplayOutcome[] = [];
  for (const letter of letters) outcomes.push(await replayOne(deps, tenantId, letter));
  return outcomes;
}

async function loadLetters(
  deps: IngestDeps,
  tenantId: string,
  ids: readonly number[],
): Promise<DeadLetter[]> {
  const letters: DeadLetter[] = [];
  for (const id of ids) {
    const letter = await findDeadLetter(deps.db, tenantId, id);
    if (!letter) throw new AppError('DEAD_LETTER_NOT_FOUND', `no dead letter ${id}`);
    letters.push(letter);
  }
  return letters;
}

async function replayOne(
  deps: IngestDeps,
  tenantId: string,
  letter: DeadLetter,
): Promise<ReplayOutcome> {
  const format = findFormat(letter.format);
  const now = deps.clock.now();
  if (!format) {
    const reason = `format "${letter.format}" is no longer known`;
    await markFailedAgain(deps.db, tenantId, letter.id, reason);
    return { id: letter.id, outcome: 'rejected', reason };
  }
  const prepared = prepareRecord(
    format,
    { text: letter.raw, line: letter.line ?? 0, origin: letter.origin },
    deps.catalog,
    now,
  );
  if (prepared.kind === 'rejected') {
    await markFailedAgain(deps.db, tenantId, letter.id, prepared.reason);
    return { id: letter.id, outcome: 'rejected', reason: prepared.reason };
  }
  const tenantNo = await storedTenantNumber(deps.db, tenantId);
  const resolver = new SubjectResolver(deps.db, tenantId);
  const events = prepared.kind === 'events' ? prepared.events : [];
  const stillRefused = prepared.kind === 'events' ? prepared.problems.join('; ') : '';
  await resolver.resolve(events.map((p) => p.event.subject.toLowerCase()));
  const stored = await deps.db.transaction(async (tx) => {
    const rows = events.map((p) =>
      eventRow(tenantNo, p, resolver.idOf(p.event.subject.toLowerCase()), now),
    );
    const inserted = rows.length > 0 ? await insertEvents(tx, rows) : 0;
    if (stillRefused) await markFailedAgain(tx, tenantId, letter.id, stillRefused);
    else await markReplayed(tx, tenantId, letter.id, now);
    return inserted;
  });
  // The good parts of a partly refused record are stored (again: duplicates); the letter stays.
  if (stillRefused) return { id: letter.id, outcome: 'rejected', reason: stillRefused };
  if (prepared.kind === 'ignored')
    return { id: letter.id, outcome: 'ignored', reason: prepared.reason };
  return { id: letter.id, outcome: stored > 0 ? 'stored' : 'duplicate' };
}
