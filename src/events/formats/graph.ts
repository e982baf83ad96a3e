import type { Severity } from '../../catalog/behaviour.js';
import type { Normalised } from './format.js';
import type { ItemResult } from './results.js';
import { combine, problemItem } from './results.js';
import { isRecord } from './values.js';

/**
 * Microsoft Graph answers with pages `{ "@odata.context", "@odata.nextLink", value: [...] }`;
 * a record may be such a page or one object of it.
 */
export function graphRecords(
  record: unknown,
  one: (value: unknown, path: string) => ItemResult,
  noun: string,
): Normalised {
  if (isRecord(record) && 'value' in record) {
    if (!Array.isArray(record.value)) return combine([problemItem('value', 'expected an array')]);
    return combine(
      record.value.map((item, i) => one(item, `value[${i}]`)),
      noun,
    );
  }
  return combine([one(record, '')], noun);
}

/** `path.field`, or `field` at the top of a record. */
export function at(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

const levels: Readonly<Record<string, Severity>> = {
  informational: 'low',
  low: 'low',
  medium: 'medium',
  high: 'high',
};

/** Graph's risk levels and alert severities; `none`, `hidden` and `unknown` give no severity. */
export function graphSeverity(level: string | null | undefined): Severity | undefined {
  return level ? levels[level] : undefined;
}
