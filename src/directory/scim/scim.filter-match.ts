import type { AttrPath, CompareOp, Filter, FilterValue } from './scim.filter.js';
import { containerOf, getAttr, isObject, valuesOf } from './scim.attrs.js';

/**
 * Whether a resource (or one value of a multi-valued attribute) matches a filter. Used for the
 * bracketed filters of PATCH paths. Strings compare without regard to case, which is right for
 * every attribute this server matches in memory (`type`, `value` of emails and members).
 */
export function matchesFilter(filter: Filter, resource: unknown): boolean {
  switch (filter.kind) {
    case 'and':
      return matchesFilter(filter.left, resource) && matchesFilter(filter.right, resource);
    case 'or':
      return matchesFilter(filter.left, resource) || matchesFilter(filter.right, resource);
    case 'not':
      return !matchesFilter(filter.filter, resource);
    case 'present':
      return valuesAt(resource, filter.path).some((v) => v !== '');
    case 'has':
      return valuesAt(resource, filter.path).length > 0;
    case 'compare':
      return compareValues(valuesAt(resource, filter.path), filter.op, filter.value);
  }
}

/** Every value a path reaches: through the schema's container, the bracket filter and sub. */
export function valuesAt(resource: unknown, path: AttrPath): unknown[] {
  if (!isObject(resource)) return [];
  const container = containerOf(resource, path.schema);
  if (!container) return [];
  let values = valuesOf(getAttr(container, path.attr));
  const { filter } = path;
  if (filter) values = values.filter((v) => matchesFilter(filter, v));
  if (path.sub) {
    const sub = path.sub;
    return values.flatMap((v) => (isObject(v) ? valuesOf(getAttr(v, sub)) : []));
  }
  // A complex multi-valued attribute compared as a whole compares its `value` (RFC 7644 §3.4.2.2).
  return values.map((v) => (isObject(v) && !filter ? (getAttr(v, 'value') ?? v) : v));
}

function compareValues(values: unknown[], op: CompareOp, expected: FilterValue): boolean {
  if (expected === null) return op === 'eq' ? values.length === 0 : values.length > 0;
  if (op === 'ne') return !values.some((v) => compareOne(v, 'eq', expected));
  return values.some((v) => compareOne(v, op, expected));
}

function compareOne(actual: unknown, op: CompareOp, expected: string | number | boolean): boolean {
  const a = normalise(actual);
  const e = normalise(expected);
  if (a === undefined || e === undefined || typeof a !== typeof e) return false;
  switch (op) {
    case 'eq':
      return a === e;
    case 'ne':
      return a !== e;
    case 'co':
      return typeof a === 'string' && a.includes(e as string);
    case 'sw':
      return typeof a === 'string' && a.startsWith(e as string);
    case 'ew':
      return typeof a === 'string' && a.endsWith(e as string);
    case 'gt':
      return a > e;
    case 'ge':
      return a >= e;
    case 'lt':
      return a < e;
    case 'le':
      return a <= e;
  }
}

/** Lower-cases strings; reads "true"/"false" as booleans, as some clients send them. */
function normalise(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'string') {
    const lc = value.toLowerCase();
    return lc === 'true' ? true : lc === 'false' ? false : lc;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}
