import type { Queryable } from '../storage/db.js';
import type { Alias, AliasKind } from './alias.repository.js';
import { addLearnedAliases, linkEventsByAliases } from './learned-alias.repository.js';

/**
 * Keeps aliases a source reported for a person the directory does not know yet, under the names
 * (`anchors`: email, login, UPN) by which the directory will know them.
 */
export async function holdAliases(
  db: Queryable,
  tenantId: string,
  source: string,
  anchors: readonly string[],
  aliases: readonly Alias[],
  now: number,
): Promise<void> {
  for (const anchor of new Set(anchors.map((a) => a.toLowerCase())))
    for (const a of aliases)
      await db.run(
        `INSERT INTO held_aliases (tenant_id, source, alias_lc, kind, anchor_lc, learned_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, source, alias_lc, anchor_lc)
         DO UPDATE SET kind = excluded.kind, learned_at = excluded.learned_at`,
        [tenantId, source, a.alias.toLowerCase(), a.kind, anchor, now],
      );
}

/** Forgets held aliases once they are applied to an identity. */
export async function releaseHeldAliases(
  db: Queryable,
  tenantId: string,
  aliasesLc: readonly string[],
): Promise<void> {
  for (const alias of aliasesLc)
    await db.run('DELETE FROM held_aliases WHERE tenant_id = ? AND alias_lc = ?', [
      tenantId,
      alias,
    ]);
}

/**
 * When the directory learns an identity by some names, the aliases other sources reported under
 * those names become the identity's, and the events waiting for them are linked. Returns how many
 * events were linked.
 */
export async function adoptHeldAliases(
  db: Queryable,
  tenantId: string,
  identityId: string,
  names: readonly Alias[],
): Promise<number> {
  const anchors = [...new Set(names.map((n) => n.alias.toLowerCase()))];
  if (anchors.length === 0) return 0;
  const rows = await db.all<{ alias_lc: string; kind: string }>(
    `SELECT DISTINCT alias_lc, kind FROM held_aliases
      WHERE tenant_id = ? AND anchor_lc IN (${anchors.map(() => '?').join(', ')})`,
    [tenantId, ...anchors],
  );
  if (rows.length === 0) return 0;
  const held = rows.map((r) => ({ alias: r.alias_lc, kind: r.kind as AliasKind }));
  const added = await addLearnedAliases(db, tenantId, identityId, held);
  await releaseHeldAliases(
    db,
    tenantId,
    held.map((h) => h.alias),
  );
  return linkEventsByAliases(db, tenantId, identityId, added);
}

/** How many aliases are held for people the directory does not know, by source. */
export async function countHeldAliases(
  db: Queryable,
  tenantId: string,
): Promise<{ source: string; aliases: number }[]> {
  const rows = await db.all<{ source: string; n: number }>(
    `SELECT source, COUNT(DISTINCT alias_lc) AS n FROM held_aliases WHERE tenant_id = ?
      GROUP BY source ORDER BY source`,
    [tenantId],
  );
  return rows.map((r) => ({ source: r.source, aliases: Number(r.n) }));
}
