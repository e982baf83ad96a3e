import type { JsonObject } from './scim.attrs.js';
import { containerOf, deleteAttr, getAttr, isObject, keyOf, setAttr } from './scim.attrs.js';
import { splitAttrPath } from './scim.filter.js';
import { badRequest } from './scim.errors.js';
import { URN } from './scim.urns.js';

/** Largest page; advertised as filter.maxResults. Okta pages with count=100. */
export const MAX_COUNT = 500;
export const DEFAULT_COUNT = 100;

export interface Paging {
  /** 1-based, as the client asked (values below 1 count as 1, RFC 7644 §3.4.2.4). */
  startIndex: number;
  offset: number;
  limit: number;
}

export function pagingOf(startIndex: number | undefined, count: number | undefined): Paging {
  const start = Math.max(1, startIndex ?? 1);
  const limit = Math.min(MAX_COUNT, Math.max(0, count ?? DEFAULT_COUNT));
  return { startIndex: start, offset: start - 1, limit };
}

/** A ListResponse; the paging fields are integers, which Okta checks. */
export function listResponse(
  total: number,
  startIndex: number,
  resources: JsonObject[],
): JsonObject {
  return {
    schemas: [URN.listResponse],
    totalResults: total,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

type Path = ReturnType<typeof splitAttrPath>;

export interface Projection {
  attributes?: Path[];
  excluded?: Path[];
}

/** Reads `attributes` and `excludedAttributes` (comma-separated attribute paths). */
export function projectionOf(attributes?: string, excluded?: string): Projection {
  const p: Projection = {};
  const a = pathList(attributes, 'attributes');
  const e = pathList(excluded, 'excludedAttributes');
  if (a) p.attributes = a;
  if (e) p.excluded = e;
  return p;
}

function pathList(text: string | undefined, name: string): Path[] | undefined {
  const fail = (msg: string): never => {
    throw badRequest('invalidValue', `${name}: ${msg}`);
  };
  const items =
    text
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  return items.length ? items.map((item) => splitAttrPath(item, fail)) : undefined;
}

/** Whether a projection leaves a top-level attribute out, so it need not be loaded. */
export function omits(p: Projection, attr: string): boolean {
  const named = (list: Path[]) =>
    list.some((path) => path.attr.toLowerCase() === attr.toLowerCase());
  if (p.attributes) return !named(p.attributes);
  return p.excluded ? named(p.excluded) : false;
}

/** Attributes that are always returned whatever the projection (RFC 7643 §7 "returned"). */
const ALWAYS = ['schemas', 'id', 'meta'];

/** Applies a projection to a presented resource (RFC 7644 §3.9). */
export function project(resource: JsonObject, p: Projection): JsonObject {
  if (p.attributes) return include(resource, p.attributes);
  if (!p.excluded) return resource;
  const out = structuredClone(resource);
  for (const path of p.excluded) {
    if (!path.schema && ALWAYS.includes(path.attr)) continue;
    const holder = containerOf(out, path.schema);
    const parent = holder && path.sub ? getAttr(holder, path.attr) : undefined;
    if (holder && !path.sub) deleteAttr(holder, path.attr);
    if (isObject(parent) && path.sub) deleteAttr(parent, path.sub);
  }
  return out;
}

function include(resource: JsonObject, attributes: Path[]): JsonObject {
  const out: JsonObject = {};
  for (const name of ALWAYS) if (name in resource) out[name] = resource[name];
  for (const path of attributes) {
    const source = containerOf(resource, path.schema);
    const value = source && getAttr(source, path.attr);
    if (value === undefined) continue;
    const target = containerOf(out, path.schema, true) ?? out;
    if (!path.sub) {
      setAttr(target, path.attr, structuredClone(value));
      continue;
    }
    if (!isObject(value) || keyOf(value, path.sub) === undefined) continue;
    const parent = getAttr(target, path.attr);
    const holder = isObject(parent) ? parent : {};
    setAttr(holder, path.sub, getAttr(value, path.sub));
    setAttr(target, path.attr, holder);
  }
  return out;
}
