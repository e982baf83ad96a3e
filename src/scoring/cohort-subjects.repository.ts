import type { CohortSubject, Model } from '../risk/index.js';
import type { Queryable, SqlValue } from '../storage/db.js';
import type { CohortNeeds } from './cohort-needs.js';
import { EVENT_TENANT } from '../events/event-tenant.js';

type Attributes = CohortSubject['attributes'];

interface AttributeRow extends Record<string, unknown> {
  id: string;
  kind: string;
  email: string;
  department: string | null;
  title: string | null;
  location: string | null;
  timezone: string | null;
  manager: string | null;
  owner: string | null;
  employment_type: string | null;
  business_unit: string | null;
}

/** Every identity's attributes as rules see them; manager and owner by email, business unit by name. */
export async function loadAttributes(
  db: Queryable,
  tenantId: string,
): Promise<Map<string, Attributes>> {
  const rows = await db.all<AttributeRow>(
    `SELECT i.id, i.kind, i.email, i.department, i.title, i.location, i.timezone,
            m.email AS manager, o.email AS owner, i.employment_type, b.name AS business_unit
       FROM identities i
       LEFT JOIN identities m ON m.tenant_id = i.tenant_id AND m.id = i.manager_id
       LEFT JOIN identities o ON o.tenant_id = i.tenant_id AND o.id = i.owner_id
       LEFT JOIN business_units b ON b.tenant_id = i.tenant_id AND b.id = i.business_unit_id
      WHERE i.tenant_id = ?`,
    [tenantId],
  );
  const groups = await db.all<{ identity_id: string; name: string }>(
    `SELECT gm.identity_id, g.name FROM group_members gm
       JOIN groups g ON g.tenant_id = gm.tenant_id AND g.id = gm.group_id WHERE gm.tenant_id = ?`,
    [tenantId],
  );
  const groupsOf = new Map<string, string[]>();
  for (const g of groups)
    groupsOf.set(g.identity_id, [...(groupsOf.get(g.identity_id) ?? []), g.name]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        kind: r.kind,
        email: r.email,
        department: r.department,
        title: r.title,
        location: r.location,
        timezone: r.timezone,
        manager: r.manager,
        owner: r.owner,
        employmentType: r.employment_type,
        businessUnit: r.business_unit,
        groups: groupsOf.get(r.id) ?? [],
      },
    ]),
  );
}

/**
 * Event counts per identity for each count rule, in (at − days, at], leaving out what a mail
 * scanner did (as the score does).
 */
export async function loadCounts(
  db: Queryable,
  tenantId: string,
  model: Model,
  needs: CohortNeeds,
  at: number,
): Promise<Map<string, Map<string, number>>> {
  const scannerTypes = model.behaviours.filter((b) => b.scannerProne === true).map((b) => b.type);
  const out = new Map<string, Map<string, number>>();
  for (const [key, need] of needs.counts) {
    const types =
      need.behaviour !== undefined
        ? [need.behaviour]
        : model.behaviours.filter((b) => b.category === need.category).map((b) => b.type);
    const counts = new Map<string, number>();
    out.set(key, counts);
    if (types.length === 0) continue;
    const params: SqlValue[] = [tenantId, at - need.withinDays * 86_400_000, at, ...types];
    const scanner = scannerTypes.length
      ? `AND NOT (type IN (${scannerTypes.map(() => '?').join(', ')}) AND details LIKE '%"automated":true%')`
      : '';
    params.push(...scannerTypes);
    const rows = await db.all<{ identity_id: string; n: number }>(
      `SELECT identity_id, COUNT(*) AS n FROM events
        WHERE ${EVENT_TENANT} AND identity_id IS NOT NULL AND time > ? AND time <= ?
          AND type IN (${types.map(() => '?').join(', ')}) ${scanner}
        GROUP BY identity_id`,
      params,
    );
    for (const r of rows) counts.set(r.identity_id, Number(r.n));
  }
  return out;
}
