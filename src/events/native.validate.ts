import type { Severity } from '../catalog/behaviour.js';
import { severities } from '../catalog/behaviour.js';
import type { FieldProblem } from '../shared/errors.js';
import type { EventDraft } from './event.js';

const MAX_TEXT = 512;
const known = new Set(['id', 'time', 'source', 'type', 'subject', 'severity', 'details']);

/** An ISO 8601 date-time with a zone (Z or ±hh:mm), as PRODUCT.md's native event uses. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export type DraftResult = { ok: true; draft: EventDraft } | { ok: false; problems: FieldProblem[] };

/**
 * Checks the shape of one native event and reports every problem with its field. Whether `type`
 * is in the catalogue is checked later, against the tenant's catalogue.
 */
export function validateNativeEvent(value: unknown): DraftResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ path: '(record)', message: 'must be a JSON object' }] };
  const record = value as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const id = optionalText(record, 'id', problems);
  const source = requiredText(record, 'source', problems);
  const type = requiredText(record, 'type', problems);
  const subject = requiredText(record, 'subject', problems);
  const time = checkTime(record.time, problems);
  const severity = checkSeverity(record.severity, problems);
  const details = record.details ?? {};
  if (typeof details !== 'object' || details === null || Array.isArray(details))
    problems.push({ path: 'details', message: 'must be a JSON object' });
  for (const key of Object.keys(record)) {
    if (!known.has(key))
      problems.push({ path: key, message: 'is not a field of the native event' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const draft: EventDraft = {
    time: time as string,
    source: source as string,
    type: type as string,
    subject: subject as string,
    details: details as Record<string, unknown>,
  };
  if (id !== undefined) draft.id = id;
  if (severity !== undefined) draft.severity = severity;
  return { ok: true, draft };
}

function requiredText(
  record: Record<string, unknown>,
  field: string,
  problems: FieldProblem[],
): string | undefined {
  const value = record[field];
  if (value === undefined || value === null || value === '') {
    problems.push({ path: field, message: 'is required' });
    return undefined;
  }
  return text(value, field, problems);
}

function optionalText(
  record: Record<string, unknown>,
  field: string,
  problems: FieldProblem[],
): string | undefined {
  const value = record[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value, field, problems);
}

function text(value: unknown, field: string, problems: FieldProblem[]): string | undefined {
  if (typeof value !== 'string') {
    problems.push({ path: field, message: `must be a string, got ${describe(value)}` });
    return undefined;
  }
  if (value.length > MAX_TEXT) {
    problems.push({ path: field, message: `is longer than ${MAX_TEXT} characters` });
    return undefined;
  }
  return value.trim();
}

function checkTime(value: unknown, problems: FieldProblem[]): string | undefined {
  if (value === undefined || value === null || value === '') {
    problems.push({ path: 'time', message: 'is required' });
    return undefined;
  }
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    problems.push({
      path: 'time',
      message: `must be an ISO 8601 date-time with a zone, e.g. 2026-05-01T09:30:00Z; got ${describe(value)}`,
    });
    return undefined;
  }
  return value;
}

function checkSeverity(value: unknown, problems: FieldProblem[]): Severity | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (severities as readonly string[]).includes(value))
    return value as Severity;
  problems.push({
    path: 'severity',
    message: `must be one of ${severities.join(', ')}; got ${describe(value)}`,
  });
  return undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}
