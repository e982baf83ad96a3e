import type { Visibility } from '../auth/viewer.js';
import type { Queryable } from '../storage/db.js';
import { visiblePopulation, type PopulationRow } from './risk-query.js';

/** Populations kept at once: a few tenants' and viewers' Overviews, 100,000 rows ≈ 30 MB each. */
const MAX_ENTRIES = 8;

interface Entry<T> {
  version: string;
  value: Promise<T>;
}

/**
 * Values derived from a tenant's scores and directory, kept until either changes. Every lookup
 * first reads the data's version (the scoring cursor, which every scoring run moves, and the
 * identities' count and latest change), so a cached value is never older than the data it
 * summarises. Concurrent lookups share one computation: the Overview asks for the population
 * three times at once.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly max = MAX_ENTRIES) {}

  get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.version === version) {
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const entry = { version, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

/** The version of what a tenant's risk figures are computed from. */
export async function scoresVersion(db: Queryable, tenantId: string): Promise<string> {
  const cursor = await db.get<{ version: number | string }>(
    'SELECT version FROM risk_cursors WHERE tenant_id = ?',
    [tenantId],
  );
  const people = await db.get<{ n: number | string; u: number | string | null }>(
    'SELECT COUNT(*) AS n, MAX(updated_at) AS u FROM identities WHERE tenant_id = ?',
    [tenantId],
  );
  return `${cursor?.version ?? 0}|${people?.n ?? 0}:${people?.u ?? ''}`;
}

/** A value for a viewer's view of a tenant, computed once per version of the data. */
export async function cachedView<T>(
  cache: VersionedCache<T>,
  db: Queryable,
  view: { tenantId: string; visibility: Visibility; kind?: 'person' | 'agent' },
  compute: () => Promise<T>,
): Promise<T> {
  const key = `${view.tenantId}|${JSON.stringify(view.visibility)}|${view.kind ?? ''}`;
  return cache.get(key, await scoresVersion(db, view.tenantId), compute);
}

const populations = new VersionedCache<PopulationRow[]>();

/** `visiblePopulation`, computed once per version of the data and viewer's visibility. */
export function cachedPopulation(
  db: Queryable,
  tenantId: string,
  visibility: Visibility,
  kind?: 'person' | 'agent',
): Promise<PopulationRow[]> {
  return cachedView(populations, db, { tenantId, visibility, kind }, () =>
    visiblePopulation(db, tenantId, visibility, kind),
  );
}
