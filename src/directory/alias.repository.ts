import type { Queryable } from '../storage/db.js';
import { adoptHeldAliases } from './held-alias.repository.js';
import { linkEventsByAliases } from './learned-alias.repository.js';

/** The kinds of name an identity is known by in other systems. */
export type AliasKind =
  | 'id'
  | 'email'
  | 'user_name'
  | 'external_id'
  | 'upn'
  | 'sam'
  | 'okta_id'
  | 'entra_id'
  | 'knowbe4_id'
  | 'other';

export interface Alias {
  alias: string;
  kind: AliasKind;
}

/**
 * Replaces the aliases of the given kinds for one identity. Aliases of other kinds (learned from
 * other sources) are kept.
 */
export async function replaceAliases(
  db: Queryable,
  tenantId: string,
  identityId: string,
  aliases: readonly Alias[],
  kinds: readonly AliasKind[],
): Promise<void> {
  for (const kind of kinds) {
    await db.run(
      'DELETE FROM identity_aliases WHERE tenant_id = ? AND identity_id = ? AND kind = ?',
      [tenantId, identityId, kind],
    );
  }
  for (const { alias, kind } of aliases) {
    await db.run(
      `INSERT INTO identity_aliases (tenant_id, alias_lc, identity_id, kind) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant_id, alias_lc) DO UPDATE SET identity_id = excluded.identity_id, kind = excluded.kind`,
      [tenantId, alias.toLowerCase(), identityId, kind],
    );
  }
}

/** Looks up which identities a set of lower-cased aliases belong to. */
export async function resolveAliases(
  db: Queryable,
  tenantId: string,
  aliasesLc: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < aliasesLc.length; i += 500) {
    const chunk = aliasesLc.slice(i, i + 500);
    const rows = await db.all<{ alias_lc: string; identity_id: string }>(
      `SELECT alias_lc, identity_id FROM identity_aliases
        WHERE tenant_id = ? AND alias_lc IN (${chunk.map(() => '?').join(', ')})`,
      [tenantId, ...chunk],
    );
    for (const row of rows) found.set(row.alias_lc, row.identity_id);
  }
  return found;
}

/**
 * Links events that arrived before their subject was known: every unlinked event whose subject is
 * one of the identity's aliases now points at it. Aliases that other sources reported under these
 * names while the identity was unknown are adopted, and their events linked too. Returns how many
 * were linked.
 */
export async function linkWaitingEvents(
  db: Queryable,
  tenantId: string,
  identityId: string,
  aliases: readonly Alias[],
): Promise<number> {
  const linked = await linkEventsByAliases(db, tenantId, identityId, aliases);
  return linked + (await adoptHeldAliases(db, tenantId, identityId, aliases));
}
