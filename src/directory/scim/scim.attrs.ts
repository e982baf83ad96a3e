import { URN, sameUrn } from './scim.urns.js';

/** Case-insensitive access to SCIM resources held as plain JSON (RFC 7643 §2.1). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key of `obj` that names `name`, ignoring case. */
export function keyOf(obj: JsonObject, name: string): string | undefined {
  const lc = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lc);
}

export function getAttr(obj: JsonObject, name: string): unknown {
  const key = keyOf(obj, name);
  return key === undefined ? undefined : obj[key];
}

/** Sets `name`, reusing the key's existing spelling so that no duplicate keys appear. */
export function setAttr(obj: JsonObject, name: string, value: unknown): void {
  obj[keyOf(obj, name) ?? name] = value;
}

export function deleteAttr(obj: JsonObject, name: string): void {
  const key = keyOf(obj, name);
  if (key !== undefined) delete obj[key];
}

function isCore(schema: string): boolean {
  return sameUrn(schema, URN.user) || sameUrn(schema, URN.group);
}

/**
 * The object that holds attributes of `schema`: the resource itself for core attributes, or the
 * extension's nested object (created when `create` is set).
 */
export function containerOf(
  resource: JsonObject,
  schema: string | undefined,
  create = false,
): JsonObject | undefined {
  if (schema === undefined || isCore(schema)) return resource;
  const existing = getAttr(resource, schema);
  if (isObject(existing)) return existing;
  if (!create) return undefined;
  const made: JsonObject = {};
  setAttr(resource, schema, made);
  return made;
}

/** The values of an attribute as a list: none, the single value, or the multi-valued list. */
export function valuesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
