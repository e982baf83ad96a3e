import type { Rng } from '../random.js';
import type { AccessRow, Member } from './model.js';
import { grantsFor, resources, type Grant } from './resources.js';

const CRITICALITY_WEIGHT = { low: 0, medium: 0.1, high: 0.5, critical: 1 } as const;

/**
 * The entitlements of one identity, drawn from its department's grants (agents: from their spec).
 * Also sets `accessWeight`, the share of a "full" blast radius the identity holds (four critical
 * entitlements or admin roles count as full), which the simulation uses for data incidents.
 */
export function grantAccess(rng: Rng, member: Member): AccessRow[] {
  const rows = member.agent ? agentRows(member) : personRows(rng, member);
  let weight = 0;
  for (const row of rows)
    weight += CRITICALITY_WEIGHT[row.criticality] + (row.admin === 'true' ? 0.5 : 0);
  member.accessWeight = Math.min(1, weight / 4);
  return rows;
}

function personRows(rng: Rng, member: Member): AccessRow[] {
  const rows: AccessRow[] = [];
  const seen = new Set<string>();
  for (const grant of grantsFor(member.department.name)) {
    if (!eligible(grant, member) || !rng.chance(grant.p)) continue;
    const key = `${grant.resource}|${grant.entitlement}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row(member.email, grant));
  }
  return rows;
}

function eligible(grant: Grant, member: Member): boolean {
  if (grant.only === 'privileged') return member.privileged;
  if (grant.only === 'financial') return member.financialAuthority;
  if (grant.only === 'manager') return member.isManager || member.vip;
  return true;
}

function agentRows(member: Member): AccessRow[] {
  return (member.agent?.grants ?? []).map((grant) => row(member.email, { ...grant, p: 1 }));
}

function row(email: string, grant: Grant): AccessRow {
  const resource = resources[grant.resource];
  return {
    email,
    resource: resource.name,
    criticality: resource.criticality,
    entitlement: grant.entitlement,
    admin: grant.admin ? 'true' : 'false',
  };
}
