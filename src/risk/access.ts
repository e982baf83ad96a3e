import { AppError, type FieldProblem } from '../shared/errors.js';
import { scopePoints } from './scopes.js';

export const criticalities = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof criticalities)[number];

/** What an identity can reach, as the directory knows it. */
export interface AccessInput {
  entitlements?: readonly { resource: string; criticality: string; admin?: boolean }[];
  /** Directory or IdP administrator roles (e.g. "Global Administrator"). */
  adminRoles?: readonly string[];
  privileged?: boolean;
  /** Can approve payments or change bank details: the target of payment fraud. */
  financialAuthority?: boolean;
  /** An agent's OAuth or API scopes, e.g. `Mail.Send`, `Files.ReadWrite.All`. */
  scopes?: readonly string[];
}

export interface AccessItem {
  kind: 'entitlement' | 'admin-role' | 'privileged' | 'financial-authority' | 'scope';
  label: string;
  /** Points of the item on its own. */
  base: number;
  /** Points it adds after rank weighting; the items' points sum to the profile's points. */
  points: number;
}

export interface AccessProfile {
  points: number;
  items: AccessItem[];
}

/**
 * Points per resource criticality: each level about 2.5 times the one below, so that one critical
 * resource outweighs a handful of ordinary ones. Admin rights on a resource double its points
 * (Splunk's "Admin User" factor is ×1.5 on every event; here it is per resource).
 */
export const criticalityPoints: Readonly<Record<Criticality, number>> = {
  low: 1,
  medium: 3,
  high: 8,
  critical: 20,
};
export const RESOURCE_ADMIN_FACTOR = 2;
export const ADMIN_ROLE_POINTS = 20;
export const PRIVILEGED_POINTS = 15;
export const FINANCIAL_AUTHORITY_POINTS = 12;

/**
 * The blast radius of an identity as access points: every entitlement, admin role, privilege flag
 * and agent scope becomes an item, and items are combined with the same rank weighting as
 * behaviours, so that many low grants do not add up to one crown-jewel grant. Throws
 * VALIDATION_FAILED listing every bad field.
 */
export function accessProfile(input: AccessInput, rankExponent = 1.5): AccessProfile {
  const items = accessItems(input);
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.base - a.item.base);
  let points = 0;
  order.forEach(({ item }, rank) => {
    item.points = item.base / Math.pow(rank + 1, rankExponent);
    points += item.points;
  });
  return { points, items: order.map(({ item }) => item) };
}

function accessItems(input: AccessInput): AccessItem[] {
  const problems: FieldProblem[] = [];
  const items: AccessItem[] = [];
  const item = (kind: AccessItem['kind'], label: string, base: number): void => {
    items.push({ kind, label, base, points: 0 });
  };
  input.entitlements?.forEach((e, i) => {
    const criticality = e.criticality as Criticality;
    if (!criticalities.includes(criticality)) {
      const message = `must be one of ${criticalities.join(', ')}, got ${JSON.stringify(e.criticality)}`;
      problems.push({ path: `entitlements[${i}].criticality`, message });
      return;
    }
    const factor = e.admin === true ? RESOURCE_ADMIN_FACTOR : 1;
    item(
      'entitlement',
      e.admin === true ? `${e.resource} (admin)` : e.resource,
      criticalityPoints[criticality] * factor,
    );
  });
  for (const role of input.adminRoles ?? []) item('admin-role', role, ADMIN_ROLE_POINTS);
  if (input.privileged === true) item('privileged', 'privileged account', PRIVILEGED_POINTS);
  if (input.financialAuthority === true)
    item('financial-authority', 'financial authority', FINANCIAL_AUTHORITY_POINTS);
  for (const scope of input.scopes ?? []) item('scope', scope, scopePoints(scope));
  if (problems.length > 0) {
    const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new AppError('VALIDATION_FAILED', `invalid access input: ${summary}`, problems);
  }
  return items;
}
