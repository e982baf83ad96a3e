import type { FieldProblem } from '../shared/errors.js';
import { isEmail } from './identity.js';

export const criticalities = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof criticalities)[number];

/** The columns (CSV) or keys (NDJSON) of an access snapshot, e.g. exported from an IGA tool. */
export const accessColumns = ['email', 'resource', 'criticality', 'entitlement', 'admin'] as const;

/** One identity's entitlement to one resource. */
export interface AccessGrant {
  email: string;
  resource: string;
  criticality: Criticality;
  entitlement: string;
  admin: boolean;
}

export type AccessRowResult =
  { ok: true; grant: AccessGrant } | { ok: false; problems: FieldProblem[] };

/** Validates one access row, reporting every problem with its field. */
export function parseAccessRow(row: Readonly<Record<string, unknown>>): AccessRowResult {
  if (typeof row.__invalid === 'string')
    return { ok: false, problems: [{ path: '(record)', message: row.__invalid }] };
  const problems: FieldProblem[] = [];
  const text = (key: string): string => {
    const value = row[key];
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return value === undefined || value === null ? '' : JSON.stringify(value);
  };
  const email = text('email');
  if (!email) problems.push({ path: 'email', message: 'is required' });
  else if (!isEmail(email))
    problems.push({ path: 'email', message: `"${email}" is not an email address` });
  const resource = text('resource');
  if (!resource) problems.push({ path: 'resource', message: 'is required' });
  const criticality = (text('criticality') || 'medium').toLowerCase();
  if (!(criticalities as readonly string[]).includes(criticality))
    problems.push({
      path: 'criticality',
      message: `must be one of ${criticalities.join(', ')}; got "${criticality}"`,
    });
  const admin = text('admin').toLowerCase();
  if (admin && admin !== 'true' && admin !== 'false')
    problems.push({ path: 'admin', message: `must be true or false; got "${admin}"` });
  for (const key of Object.keys(row)) {
    if (!(accessColumns as readonly string[]).includes(key))
      problems.push({
        path: key,
        message: `is not a column of the access snapshot (${accessColumns.join(', ')})`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    grant: {
      email,
      resource,
      criticality: criticality as Criticality,
      entitlement: text('entitlement') || 'member',
      admin: admin === 'true',
    },
  };
}
