/** One stretch of an identity's membership of a cohort; `to` is null while it lasts. */
export interface MembershipInterval {
  identityId: string;
  from: number;
  to: number | null;
}

export interface MembershipChange {
  identityId: string;
  change: 'joined' | 'left';
  at: number;
}

/** The joins and leaves between two evaluations of a cohort, in a stable order. */
export function membershipChanges(
  previous: ReadonlySet<string>,
  current: ReadonlySet<string>,
  at: number,
): MembershipChange[] {
  const changes: MembershipChange[] = [];
  for (const id of [...current].sort())
    if (!previous.has(id)) changes.push({ identityId: id, change: 'joined', at });
  for (const id of [...previous].sort())
    if (!current.has(id)) changes.push({ identityId: id, change: 'left', at });
  return changes;
}

/**
 * Applies changes to a membership history: a join opens an interval, a leave closes the open one.
 * A join while already a member, or a leave while not one, changes nothing.
 */
export function applyChanges(
  history: readonly MembershipInterval[],
  changes: readonly MembershipChange[],
): MembershipInterval[] {
  const out = history.map((h) => ({ ...h }));
  for (const c of changes) {
    const open = out.find((h) => h.identityId === c.identityId && h.to === null);
    if (c.change === 'joined' && open === undefined)
      out.push({ identityId: c.identityId, from: c.at, to: null });
    if (c.change === 'left' && open !== undefined) open.to = c.at;
  }
  return out;
}

/** Who was a member at time t according to a history (from inclusive, to exclusive). */
export function membersAt(history: readonly MembershipInterval[], t: number): Set<string> {
  return new Set(
    history.filter((h) => h.from <= t && (h.to === null || t < h.to)).map((h) => h.identityId),
  );
}
