import type { FieldProblem } from '../shared/errors.js';
import type { IdentityInput, IdentityKind } from './identity.js';
import { identityKinds, isEmail, isIsoDate, isTimeZone } from './identity.js';

/** The columns of the directory CSV (PRODUCT.md), with Bulwark's optional extensions last. */
export const directoryColumns = [
  'email',
  'name',
  'kind',
  'department',
  'title',
  'location',
  'timezone',
  'manager_email',
  'owner_email',
  'employment_type',
  'start_date',
  'groups',
  'privileged',
  'business_unit',
  'financial_authority',
  'scopes',
] as const;

const known = new Set<string>(directoryColumns);

/** Problems with a header row: a missing `email` column or columns Bulwark does not know. */
export function headerProblems(header: readonly string[]): string[] {
  const problems: string[] = [];
  if (!header.includes('email')) problems.push('the header has no "email" column; it is required');
  const unknown = header.filter((column) => !known.has(column));
  if (unknown.length > 0)
    problems.push(
      `unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; known: ${directoryColumns.join(', ')}`,
    );
  return problems;
}

export type RowResult =
  { ok: true; input: IdentityInput } | { ok: false; problems: FieldProblem[] };

/** Validates one directory row, reporting every problem with its column. */
export function parseDirectoryRow(row: Readonly<Record<string, string | undefined>>): RowResult {
  const problems: FieldProblem[] = [];
  const text = (column: string): string | null => {
    const value = row[column]?.trim();
    return value ? value : null;
  };
  if (row.__extra !== undefined)
    problems.push({
      path: '(row)',
      message: `has more values than the header has columns: "${row.__extra}"`,
    });
  const email = text('email');
  if (!email) problems.push({ path: 'email', message: 'is required' });
  else if (!isEmail(email))
    problems.push({ path: 'email', message: `"${email}" is not an email address` });

  const kind = (text('kind') ?? 'person').toLowerCase();
  if (!(identityKinds as readonly string[]).includes(kind))
    problems.push({ path: 'kind', message: `must be person or agent, got "${kind}"` });

  for (const column of ['manager_email', 'owner_email']) {
    const value = text(column);
    if (value && !isEmail(value))
      problems.push({ path: column, message: `"${value}" is not an email address` });
  }
  const timezone = text('timezone');
  if (timezone && !isTimeZone(timezone))
    problems.push({
      path: 'timezone',
      message: `"${timezone}" is not an IANA time zone such as Europe/London`,
    });
  const startDate = text('start_date');
  if (startDate && !isIsoDate(startDate))
    problems.push({
      path: 'start_date',
      message: `"${startDate}" is not a date in YYYY-MM-DD form`,
    });
  const privileged = flag(text('privileged'), 'privileged', problems);
  const financialAuthority = flag(text('financial_authority'), 'financial_authority', problems);
  if (kind === 'agent' && !text('owner_email'))
    problems.push({
      path: 'owner_email',
      message: 'is required for an agent: every agent has a human owner',
    });
  if (email && email.toLowerCase() === text('manager_email')?.toLowerCase())
    problems.push({ path: 'manager_email', message: 'a person cannot be their own manager' });

  if (problems.length > 0 || !email) return { ok: false, problems };
  return {
    ok: true,
    input: {
      kind: kind as IdentityKind,
      email,
      name: text('name'),
      department: text('department'),
      title: text('title'),
      location: text('location'),
      timezone,
      managerEmail: text('manager_email'),
      ownerEmail: text('owner_email'),
      employmentType: text('employment_type'),
      startDate,
      businessUnit: text('business_unit'),
      privileged,
      financialAuthority,
      groups: list(text('groups')),
      scopes: list(text('scopes')),
      active: true,
    },
  };
}

function flag(value: string | null, column: string, problems: FieldProblem[]): boolean {
  if (value === null) return false;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  problems.push({ path: column, message: `must be true or false, got "${value}"` });
  return false;
}

function list(value: string | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}
