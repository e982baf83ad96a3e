import type { Visibility } from '../auth/viewer.js';
import { Conditions } from '../storage/conditions.js';
import type { Queryable } from '../storage/db.js';
import type { Identity, IdentityKind } from './identity.js';
import type { IdentityRow } from './identity.repository.js';
import { toIdentity } from './identity.repository.js';
import { visibilityCondition } from './visibility.sql.js';

export const identitySorts = ['name', 'email', 'department', 'title', 'created'] as const;
export type IdentitySort = (typeof identitySorts)[number];

/** Sort keys never NULL, so that keyset pagination can compare them. */
const sortExpressions: Record<IdentitySort, string> = {
  name: "COALESCE(LOWER(i.name), '')",
  email: 'i.email_lc',
  department: "COALESCE(i.department, '')",
  title: "COALESCE(i.title, '')",
  created: 'i.created_at',
};

export interface IdentityListQuery {
  visibility: Visibility;
  kind?: IdentityKind;
  department?: string;
  active?: boolean;
  /** Free text matched against email, name, title, department and userName. */
  q?: string;
  sort: IdentitySort;
  order: 'asc' | 'desc';
  limit: number;
  /** The sort value and id of the last row of the previous page. */
  after?: { value: string | number; id: string };
}

export interface IdentityPage {
  items: Identity[];
  /** The sort value and id to continue after, when there may be more. */
  next?: { value: string | number; id: string };
}

/** One page of identities a viewer may see, filtered and sorted, with a keyset to continue. */
export async function listIdentities(
  db: Queryable,
  tenantId: string,
  q: IdentityListQuery,
): Promise<IdentityPage> {
  const visible = visibilityCondition(tenantId, q.visibility);
  const where = new Conditions()
    .add('i.tenant_id = ?', tenantId)
    .add(visible.sql, ...visible.params);
  where.addIf(q.kind, 'i.kind = ?').addIf(q.department, 'i.department = ?');
  where.addIf(q.active === undefined ? undefined : q.active ? 1 : 0, 'i.active = ?');
  if (q.q) where.add("i.search_lc LIKE ? ESCAPE '\\'", `%${escapeLike(q.q.toLowerCase())}%`);
  const key = sortExpressions[q.sort];
  const cmp = q.order === 'asc' ? '>' : '<';
  if (q.after)
    where.add(
      `(${key} ${cmp} ? OR (${key} = ? AND i.id ${cmp} ?))`,
      q.after.value,
      q.after.value,
      q.after.id,
    );
  const dir = q.order === 'asc' ? 'ASC' : 'DESC';
  const rows = await db.all<IdentityRow & { sort_key: string | number }>(
    `SELECT i.*, ${key} AS sort_key FROM identities i WHERE ${where.sql}
      ORDER BY ${key} ${dir}, i.id ${dir} LIMIT ?`,
    [...where.params, q.limit + 1],
  );
  const items = rows.slice(0, q.limit).map(toIdentity);
  const last = rows[q.limit - 1];
  return rows.length > q.limit && last
    ? { items, next: { value: last.sort_key, id: last.id } }
    : { items };
}

/** One identity, if the viewer may see it. Not visible and not existing look the same. */
export async function findVisibleIdentity(
  db: Queryable,
  tenantId: string,
  visibility: Visibility,
  id: string,
): Promise<Identity | undefined> {
  const visible = visibilityCondition(tenantId, visibility);
  const row = await db.get<IdentityRow>(
    `SELECT i.* FROM identities i WHERE i.tenant_id = ? AND i.id = ? AND ${visible.sql}`,
    [tenantId, id, ...visible.params],
  );
  return row && toIdentity(row);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
