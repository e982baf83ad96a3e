import type { FieldProblem } from '../../shared/errors.js';
import type { JsonObject } from './scim.attrs.js';
import { getAttr, isObject, valuesOf } from './scim.attrs.js';
import { badRequest } from './scim.errors.js';
import { sameUrn } from './scim.urns.js';

/** Longest text attribute accepted; SCIM sets no limit, the directory's columns need one. */
export const MAX_TEXT = 1000;

/** Collects every problem of one resource, so that a client learns all of them at once. */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  /** Throws a 400 invalidValue naming every problem, when there are any. */
  throwIfAny(): void {
    if (this.list.length)
      throw badRequest('invalidValue', this.list.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

/** The resource body as an object whose `schemas` include `core`. */
export function resourceBody(body: unknown, core: string): JsonObject {
  if (!isObject(body)) throw badRequest('invalidSyntax', 'the body must be a JSON object');
  const schemas = valuesOf(getAttr(body, 'schemas'));
  if (!schemas.some((s) => typeof s === 'string' && sameUrn(s, core)))
    throw badRequest('invalidSyntax', `schemas: must contain "${core}"`);
  return body;
}

/** A text attribute; absent, null and "" all mean unassigned. */
export function text(
  obj: JsonObject | undefined,
  name: string,
  path: string,
  problems: Problems,
): string | null {
  const value = obj ? getAttr(obj, name) : undefined;
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') {
    problems.add(path, 'must be a string');
    return null;
  }
  if (value.length > MAX_TEXT) problems.add(path, `must be at most ${MAX_TEXT} characters`);
  return value;
}

/** A boolean, also as the strings "True"/"False" that Entra sends in PATCH values. */
export function bool(
  obj: JsonObject,
  name: string,
  fallback: boolean,
  problems: Problems,
): boolean {
  const value = getAttr(obj, name);
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  const lc = typeof value === 'string' ? value.toLowerCase() : '';
  if (lc === 'true' || lc === 'false') return lc === 'true';
  problems.add(name, 'must be true or false');
  return fallback;
}

/** A complex attribute, or undefined; anything else is a problem. */
export function complex(
  obj: JsonObject | undefined,
  name: string,
  path: string,
  problems: Problems,
): JsonObject | undefined {
  const value = obj ? getAttr(obj, name) : undefined;
  if (value === undefined || value === null) return undefined;
  if (isObject(value)) return value;
  problems.add(path, 'must be an object');
  return undefined;
}

/**
 * The value of a multi-valued attribute the directory keeps one of: the primary one, else the
 * one of `preferredType`, else the first. Returns it with its index for error paths.
 */
export function pickValue(
  obj: JsonObject,
  name: string,
  preferredType: string,
  problems: Problems,
): { item: JsonObject; path: string } | undefined {
  const raw = getAttr(obj, name);
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    problems.add(name, 'must be an array');
    return undefined;
  }
  const items = raw.map((item, i) => ({ item: item as unknown, i }));
  const objects = items.filter((x): x is { item: JsonObject; i: number } => isObject(x.item));
  if (objects.length < items.length) problems.add(name, 'every value must be an object');
  const primary = objects.find(({ item }) => {
    const p = getAttr(item, 'primary');
    return p === true || (typeof p === 'string' && p.toLowerCase() === 'true');
  });
  const typed = objects.find(({ item }) => {
    const t = getAttr(item, 'type');
    return typeof t === 'string' && t.toLowerCase() === preferredType;
  });
  const chosen = primary ?? typed ?? objects[0];
  return chosen && { item: chosen.item, path: `${name}[${chosen.i}]` };
}
