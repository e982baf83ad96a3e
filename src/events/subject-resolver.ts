import { resolveAliases } from '../directory/alias.repository.js';
import { subjectCandidates } from '../directory/subject-candidates.js';
import type { Queryable } from '../storage/db.js';

/** Most subjects remembered between batches; past it the memory is dropped so it stays flat. */
const MAX_REMEMBERED = 200_000;

/**
 * Maps event subjects (emails, aliases, identity ids, `DOMAIN\\account`) to identity ids, one query
 * per batch of unknown subjects. A subject not in the directory maps to null: the event is stored unlinked and
 * linked when the identity appears.
 */
export class SubjectResolver {
  private readonly known = new Map<string, string | null>();

  constructor(
    private readonly db: Queryable,
    private readonly tenantId: string,
  ) {}

  async resolve(subjectsLc: Iterable<string>): Promise<void> {
    const missing = [...new Set(subjectsLc)].filter((s) => !this.known.has(s));
    if (missing.length === 0) return;
    if (this.known.size + missing.length > MAX_REMEMBERED) this.known.clear();
    const names = [...new Set(missing.flatMap(subjectCandidates))];
    const found = await resolveAliases(this.db, this.tenantId, names);
    for (const subject of missing) {
      const hit = subjectCandidates(subject).find((name) => found.has(name));
      this.known.set(subject, (hit && found.get(hit)) ?? null);
    }
  }

  /** The identity for a subject already passed to `resolve`. */
  idOf(subjectLc: string): string | null {
    return this.known.get(subjectLc) ?? null;
  }
}
