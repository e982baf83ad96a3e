import type { FieldProblem } from '../shared/errors.js';
import type { Db } from '../storage/db.js';
import type { AccessGrant, Criticality } from './access.js';
import { criticalities, parseAccessRow } from './access.js';
import {
  deleteEntitlementsOf,
  identitiesWithEntitlements,
  insertEntitlement,
  upsertResource,
} from './access.repository.js';
import { listIdentityKeys } from './identity.repository.js';

export interface AccessRecord {
  line: number;
  values: Readonly<Record<string, unknown>>;
}

export interface AccessImportReport {
  rows: number;
  granted: number;
  rejected: number;
  identities: number;
  resources: number;
  /** Identities whose earlier entitlements were removed because the snapshot no longer lists them. */
  cleared: number;
  errors: { line: number; problems: FieldProblem[] }[];
  warnings: string[];
}

/**
 * Applies an access snapshot: afterwards each identity holds exactly the entitlements the snapshot
 * lists for it. Identities absent from the snapshot lose theirs, except those with a rejected row,
 * which keep what they had rather than lose access records because of a typo.
 */
export async function importAccess(
  db: Db,
  tenantId: string,
  records: AsyncIterable<AccessRecord>,
  now = Date.now(),
): Promise<AccessImportReport> {
  const report: AccessImportReport = {
    rows: 0,
    granted: 0,
    rejected: 0,
    identities: 0,
    resources: 0,
    cleared: 0,
    errors: [],
    warnings: [],
  };
  const ids = new Map((await listIdentityKeys(db, tenantId)).map((k) => [k.email_lc, k.id]));
  const byIdentity = new Map<string, AccessGrant[]>();
  const keepOld = new Set<string>();
  for await (const record of records) {
    report.rows++;
    const parsed = parseAccessRow(record.values);
    const email =
      typeof record.values.email === 'string' ? record.values.email.trim().toLowerCase() : '';
    const identityId = ids.get(email);
    const problems = parsed.ok ? [] : parsed.problems;
    if (parsed.ok && !identityId)
      problems.push({
        path: 'email',
        message: `${parsed.grant.email} is not in the directory; import the directory first`,
      });
    if (problems.length > 0 || !parsed.ok || !identityId) {
      report.rejected++;
      report.errors.push({ line: record.line, problems });
      if (identityId) keepOld.add(identityId);
      continue;
    }
    byIdentity.set(identityId, [...(byIdentity.get(identityId) ?? []), parsed.grant]);
  }
  const resources = resolveCriticality(byIdentity, report);
  await db.transaction(async (tx) => {
    const resourceIds = new Map<string, string>();
    for (const [name, criticality] of resources)
      resourceIds.set(
        name.toLowerCase(),
        await upsertResource(tx, tenantId, name, criticality, now),
      );
    for (const holder of await identitiesWithEntitlements(tx, tenantId)) {
      if (byIdentity.has(holder) || keepOld.has(holder)) continue;
      await deleteEntitlementsOf(tx, tenantId, holder);
      report.cleared++;
    }
    for (const [identityId, grants] of byIdentity) {
      if (keepOld.has(identityId)) continue;
      await deleteEntitlementsOf(tx, tenantId, identityId);
      for (const g of grants)
        await insertEntitlement(
          tx,
          tenantId,
          identityId,
          resourceIds.get(g.resource.toLowerCase()) ?? '',
          g.entitlement,
          g.admin,
          now,
        );
      report.granted += grants.length;
    }
  });
  report.identities = [...byIdentity.keys()].filter((id) => !keepOld.has(id)).length;
  report.resources = resources.size;
  if (keepOld.size > 0)
    report.warnings.push(
      `${keepOld.size} identities had rejected rows and keep their previous entitlements until the rows are fixed`,
    );
  return report;
}

/** One criticality per resource: when rows disagree, the highest wins and the disagreement is reported. */
function resolveCriticality(
  byIdentity: Map<string, AccessGrant[]>,
  report: AccessImportReport,
): Map<string, Criticality> {
  const resources = new Map<string, Criticality>();
  const names = new Map<string, string>();
  for (const grants of byIdentity.values()) {
    for (const g of grants) {
      const key = g.resource.toLowerCase();
      const current = resources.get(names.get(key) ?? '');
      if (current && current !== g.criticality)
        report.warnings.push(
          `resource "${g.resource}" is listed as both ${current} and ${g.criticality}; using the higher`,
        );
      const higher =
        current && criticalities.indexOf(current) > criticalities.indexOf(g.criticality)
          ? current
          : g.criticality;
      names.set(key, names.get(key) ?? g.resource);
      resources.set(names.get(key) ?? g.resource, higher);
    }
  }
  return resources;
}
