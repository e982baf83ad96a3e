import type { Queryable } from '../storage/db.js';
import type { Alias } from './alias.repository.js';
import { EVENT_TENANT } from '../events/event-tenant.js';

/**
 * Adds aliases that another system reported for an identity. An alias the directory already maps
 * (to this identity or another) is left as it is: the directory's own names win, and one source
 * cannot move another's. Returns the aliases that were new.
 */
export async function addLearnedAliases(
  db: Queryable,
  tenantId: string,
  identityId: string,
  aliases: readonly Alias[],
): Promise<Alias[]> {
  const added: Alias[] = [];
  for (const a of aliases) {
    const inserted = await db.run(
      `INSERT INTO identity_aliases (tenant_id, alias_lc, identity_id, kind) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant_id, alias_lc) DO NOTHING`,
      [tenantId, a.alias.toLowerCase(), identityId, a.kind],
    );
    if (inserted > 0) added.push(a);
  }
  return added;
}

/**
 * Links unlinked events whose subject is one of the aliases, and, for a Windows account name
 * (`sam`), events whose subject is that name under any domain (`CORP\jdoe` for `jdoe`), which is
 * how endpoint tools and CEF senders name the person. Returns how many were linked.
 */
export async function linkEventsByAliases(
  db: Queryable,
  tenantId: string,
  identityId: string,
  aliases: readonly Alias[],
): Promise<number> {
  let linked = 0;
  for (const { alias, kind } of aliases) {
    const lc = alias.toLowerCase();
    linked += await db.run(
      `UPDATE events SET identity_id = ? WHERE ${EVENT_TENANT} AND identity_id IS NULL AND subject_lc = ?`,
      [identityId, tenantId, lc],
    );
    if (kind === 'sam' && !lc.includes('\\'))
      linked += await db.run(
        `UPDATE events SET identity_id = ? WHERE ${EVENT_TENANT} AND identity_id IS NULL
           AND subject_lc LIKE ? ESCAPE '!'`,
        [identityId, tenantId, `%\\${escapeLike(lc)}`],
      );
  }
  return linked;
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}
