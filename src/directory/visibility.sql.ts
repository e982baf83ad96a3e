import type { Visibility } from '../auth/viewer.js';
import type { SqlValue } from '../storage/db.js';

/**
 * The SQL condition (on table alias `i`, columns of `identities`) that limits rows to what a
 * viewer may see. Every identity query goes through it, so no route can forget the limit.
 */
export function visibilityCondition(
  tenantId: string,
  v: Visibility,
): { sql: string; params: SqlValue[] } {
  switch (v.kind) {
    case 'none':
      return { sql: '1 = 0', params: [] };
    case 'self':
      return { sql: 'i.id = ?', params: [v.identityId] };
    case 'reports':
      return {
        sql: `i.id IN (WITH RECURSIVE team(id) AS (
                SELECT ? UNION SELECT m.id FROM identities m JOIN team ON m.manager_id = team.id WHERE m.tenant_id = ?
              ) SELECT id FROM team)`,
        params: [v.managerId, tenantId],
      };
    case 'all':
      return allCondition(tenantId, v);
  }
}

function allCondition(
  tenantId: string,
  v: { departments?: string[]; businessUnits?: string[] },
): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (v.departments?.length) {
    parts.push(`i.department IN (${v.departments.map(() => '?').join(', ')})`);
    params.push(...v.departments);
  }
  if (v.businessUnits?.length) {
    parts.push(
      `i.business_unit_id IN (SELECT id FROM business_units WHERE tenant_id = ? AND name IN (${v.businessUnits.map(() => '?').join(', ')}))`,
    );
    params.push(tenantId, ...v.businessUnits);
  }
  return parts.length ? { sql: `(${parts.join(' OR ')})`, params } : { sql: '1 = 1', params: [] };
}
