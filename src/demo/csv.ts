import type { AccessRow, DirectoryRow } from './org/model.js';

export const directoryHeader = [
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
] as const satisfies readonly (keyof DirectoryRow)[];

export const accessHeader = [
  'email',
  'resource',
  'criticality',
  'entitlement',
  'admin',
] as const satisfies readonly (keyof AccessRow)[];

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break or leading or
 * trailing spaces; quotes inside are doubled.
 */
export function csvField(value: string): string {
  if (/[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replaceAll('"', '""')}"`;
  return value;
}

/** CSV lines (header first, CRLF-free) for rows with the given columns. */
export function* csvLines<Row extends object>(
  header: readonly (keyof Row & string)[],
  rows: Iterable<Row>,
): Generator<string> {
  yield header.map(csvField).join(',');
  for (const row of rows) yield header.map((column) => csvField(String(row[column]))).join(',');
}

/** The directory as CSV text, one row per identity, ending with a newline. */
export function directoryCsv(rows: Iterable<DirectoryRow>): string {
  return `${[...csvLines(directoryHeader, rows)].join('\n')}\n`;
}

/** The access snapshot as CSV text, one row per entitlement, ending with a newline. */
export function accessCsv(rows: Iterable<AccessRow>): string {
  return `${[...csvLines(accessHeader, rows)].join('\n')}\n`;
}
