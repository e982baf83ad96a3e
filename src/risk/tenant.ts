import type { TaggedEvent } from './backtest.js';
import type { RiskComponents } from './combine.js';
import { checkEvents, eventScale } from './event.js';
import type { Model } from './model.js';
import { finishPopulation, type ScoredIdentity } from './population.js';
import { emptyEventColumns, recomputeAll } from './recompute.js';
import type { SnapshotMember } from './snapshots.js';

/**
 * Scores a whole tenant as of `at` (for `bulwark score`, `export risk` and the nightly snapshot):
 * full recompute over typed arrays, then roll-up, levels and percentiles. Events of identities
 * not among `members` are counted in `unmatched` rather than scored.
 */
export function scoreTenant(
  model: Model,
  members: readonly SnapshotMember[],
  events: readonly TaggedEvent[],
  at: number,
): { scores: ScoredIdentity[]; unmatched: number } {
  checkEvents(model, events);
  const index = new Map(members.map((m, i) => [m.id, i]));
  const columns = emptyEventColumns(events.length);
  let unmatched = 0;
  for (const event of events) {
    const identity = index.get(event.identityId);
    if (identity === undefined) {
      unmatched++;
      continue;
    }
    const b = model.indexOf.get(event.type) ?? 0;
    const i = columns.length++;
    columns.identity[i] = identity;
    columns.behaviour[i] = b;
    columns.time[i] = event.time;
    columns.scale[i] = eventScale(model, b, event);
  }
  const access = members.map((m) => m.accessPoints);
  const c = recomputeAll(model, columns, members.length, at, access);
  const own = members.map((_, i): RiskComponents => ({
    risk: c.risk[i] ?? 0,
    likelihood: c.likelihood[i] ?? 0,
    behavior: c.behavior[i] ?? 0,
    threat: c.threat[i] ?? 0,
    access: c.access[i] ?? 0,
    protection: c.protection[i] ?? 0,
  }));
  return { scores: finishPopulation(model, members, own, at), unmatched };
}
