import type { SqlValue } from '../../storage/db.js';
import { badRequest } from './scim.errors.js';
import type { AttrPath, CompareOp, Filter, FilterValue } from './scim.filter.js';
import { matchesFilter } from './scim.filter-match.js';
import { URN, sameUrn } from './scim.urns.js';

/** A column a filter attribute compares against. */
export interface ColumnMapping {
  kind: 'column';
  sql: string;
  type: 'string' | 'boolean' | 'datetime';
  /** The column already holds lower-cased text (`user_name_lc`); compare lower-cased values. */
  lowered?: boolean;
  /** Compare `eq`/`ne` exactly rather than without regard to case. */
  caseExact?: boolean;
  /**
   * An equivalent of `sql = ?` that indexes can serve; each `?` takes the compared value.
   * Lookups by userName run for every user of every provisioning cycle, so they must not scan.
   */
  equals?: string;
}

/** A multi-valued attribute of which the directory keeps one value with fixed sub-attributes. */
export interface FixedMultiMapping {
  kind: 'fixed';
  element: Record<string, unknown>;
  subs: Record<string, ColumnMapping>;
}

/** A multi-valued attribute kept in another table, matched with EXISTS. */
export interface JoinMultiMapping {
  kind: 'join';
  exists: (condition: string) => string;
  subs: Record<string, ColumnMapping>;
}

export type AttrMapping = ColumnMapping | FixedMultiMapping | JoinMultiMapping;

/**
 * Filterable attributes by lower-cased path: `username`, `name.givenname`, `emails`,
 * and extension attributes prefixed by their schema URN (`urn:…:user:department`).
 */
export type AttrMap = Record<string, AttrMapping>;

export interface SqlCondition {
  sql: string;
  params: SqlValue[];
}

const TRUE: SqlCondition = { sql: '1 = 1', params: [] };
const FALSE: SqlCondition = { sql: '1 = 0', params: [] };

/**
 * Translates a parsed filter into a SQL condition over mapped columns, valid on SQLite and
 * PostgreSQL. Attributes not in the map are refused with invalidFilter rather than ignored, so a
 * client never receives a wider result than it asked for.
 */
export function filterToSql(filter: Filter, map: AttrMap): SqlCondition {
  switch (filter.kind) {
    case 'and':
    case 'or': {
      const l = filterToSql(filter.left, map);
      const r = filterToSql(filter.right, map);
      const op = filter.kind.toUpperCase();
      return { sql: `(${l.sql} ${op} ${r.sql})`, params: [...l.params, ...r.params] };
    }
    case 'not': {
      // CASE turns an unknown (NULL) comparison into false, so `not` of it is true.
      const inner = filterToSql(filter.filter, map);
      return { sql: `(CASE WHEN ${inner.sql} THEN 1 ELSE 0 END) = 0`, params: inner.params };
    }
    case 'present':
    case 'has':
    case 'compare':
      return attributeSql(filter, map);
  }
}

type AttrFilter = Extract<Filter, { kind: 'present' | 'has' | 'compare' }>;

function attributeSql(filter: AttrFilter, map: AttrMap): SqlCondition {
  const { path } = filter;
  const prefix =
    path.schema && !sameUrn(path.schema, URN.user) && !sameUrn(path.schema, URN.group)
      ? `${path.schema.toLowerCase()}:`
      : '';
  const base = map[prefix + path.attr.toLowerCase()];
  if (base?.kind === 'fixed') return fixedSql(filter, base);
  if (base?.kind === 'join') return joinSql(filter, base);
  const key = prefix + path.attr.toLowerCase() + (path.sub ? `.${path.sub.toLowerCase()}` : '');
  const column = map[key];
  if (!column || column.kind !== 'column' || path.filter || filter.kind === 'has')
    throw unsupported(path);
  return columnSql(filter, column);
}

function fixedSql(filter: AttrFilter, m: FixedMultiMapping): SqlCondition {
  const { path } = filter;
  if (path.filter && !matchesFilter(path.filter, m.element)) return FALSE;
  if (filter.kind === 'has') return TRUE;
  const sub = (path.sub ?? 'value').toLowerCase();
  const column = m.subs[sub];
  if (column) return columnSql(filter, column);
  const fixedKey = Object.keys(m.element).find((k) => k.toLowerCase() === sub);
  if (fixedKey === undefined) throw unsupported(path);
  const asFilter: Filter =
    filter.kind === 'present'
      ? { kind: 'present', path: { attr: fixedKey } }
      : { kind: 'compare', path: { attr: fixedKey }, op: filter.op, value: filter.value };
  return matchesFilter(asFilter, m.element) ? TRUE : FALSE;
}

function joinSql(filter: AttrFilter, m: JoinMultiMapping): SqlCondition {
  const { path } = filter;
  const parts: SqlCondition[] = [];
  if (path.filter) parts.push(filterToSql(path.filter, m.subs));
  if (filter.kind !== 'has') {
    const column = m.subs[(path.sub ?? 'value').toLowerCase()];
    if (!column) throw unsupported(path);
    parts.push(columnSql(filter, column));
  }
  const sql = parts.length ? parts.map((p) => p.sql).join(' AND ') : '1 = 1';
  return { sql: m.exists(sql), params: parts.flatMap((p) => p.params) };
}

function columnSql(filter: Exclude<AttrFilter, { kind: 'has' }>, c: ColumnMapping): SqlCondition {
  if (filter.kind === 'present')
    return c.type === 'string'
      ? { sql: `(${c.sql} IS NOT NULL AND ${c.sql} <> '')`, params: [] }
      : { sql: `${c.sql} IS NOT NULL`, params: [] };
  const { op, value } = filter;
  if (value === null) {
    if (op === 'eq') return { sql: `${c.sql} IS NULL`, params: [] };
    if (op === 'ne') return { sql: `${c.sql} IS NOT NULL`, params: [] };
    throw badRequest('invalidFilter', `filter: "${op} null" is not a comparison`);
  }
  switch (c.type) {
    case 'boolean':
      return booleanSql(c, op, value);
    case 'datetime':
      return datetimeSql(c, op, value);
    case 'string':
      return stringSql(c, op, value);
  }
}

function booleanSql(c: ColumnMapping, op: CompareOp, value: FilterValue): SqlCondition {
  const b = typeof value === 'string' ? value.toLowerCase() : value;
  if ((op !== 'eq' && op !== 'ne') || (b !== true && b !== false && b !== 'true' && b !== 'false'))
    throw badRequest('invalidFilter', `filter: a boolean attribute takes "eq true" or "eq false"`);
  const bit = b === true || b === 'true' ? 1 : 0;
  return { sql: `${c.sql} ${op === 'eq' ? '=' : '<>'} ?`, params: [bit] };
}

const ORDER: Partial<Record<CompareOp, string>> = { eq: '=', gt: '>', ge: '>=', lt: '<', le: '<=' };

function datetimeSql(c: ColumnMapping, op: CompareOp, value: FilterValue): SqlCondition {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms))
    throw badRequest('invalidFilter', `filter: ${JSON.stringify(value)} is not a date-time`);
  if (op === 'ne') return { sql: `(${c.sql} IS NULL OR ${c.sql} <> ?)`, params: [ms] };
  const sqlOp = ORDER[op];
  if (!sqlOp) throw badRequest('invalidFilter', `filter: "${op}" does not apply to a date-time`);
  return { sql: `${c.sql} ${sqlOp} ?`, params: [ms] };
}

function stringSql(c: ColumnMapping, op: CompareOp, value: FilterValue): SqlCondition {
  if (typeof value === 'boolean')
    throw badRequest('invalidFilter', `filter: compare a text attribute with a quoted string`);
  const text = String(value);
  const exact = c.caseExact && (op === 'eq' || op === 'ne');
  const expr = exact || c.lowered ? c.sql : `LOWER(${c.sql})`;
  const v = exact ? text : text.toLowerCase();
  switch (op) {
    case 'eq':
      if (c.equals)
        return {
          sql: c.equals,
          params: c.equals
            .split('?')
            .slice(1)
            .map(() => v),
        };
      return { sql: `${expr} = ?`, params: [v] };
    case 'ne':
      return { sql: `(${expr} IS NULL OR ${expr} <> ?)`, params: [v] };
    case 'co':
      return like(expr, `%${escapeLike(v)}%`);
    case 'sw':
      return like(expr, `${escapeLike(v)}%`);
    case 'ew':
      return like(expr, `%${escapeLike(v)}`);
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le':
      return { sql: `${expr} ${ORDER[op]} ?`, params: [v] };
  }
}

function like(expr: string, pattern: string): SqlCondition {
  return { sql: `${expr} LIKE ? ESCAPE '\\'`, params: [pattern] };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function unsupported(path: AttrPath): Error {
  const name =
    [path.schema, path.attr].filter(Boolean).join(':') + (path.sub ? `.${path.sub}` : '');
  return badRequest('invalidFilter', `filter: "${name}" cannot be filtered on here`);
}
