import { canonicalJson } from '../../shared/ids.js';
import type { JsonObject } from './scim.attrs.js';
import { containerOf, deleteAttr, getAttr, isObject, setAttr, valuesOf } from './scim.attrs.js';
import { ScimError, badRequest } from './scim.errors.js';
import type { AttrPath, Filter } from './scim.filter.js';
import { parsePath, splitAttrPath } from './scim.filter.js';
import { matchesFilter } from './scim.filter-match.js';
import { URN, sameUrn } from './scim.urns.js';

export const patchOps = ['add', 'remove', 'replace'] as const;
export type PatchOpName = (typeof patchOps)[number];

export interface PatchOperation {
  /** Where the operation stands in the request, for error messages: `Operations[2]`. */
  where: string;
  op: PatchOpName;
  path?: AttrPath;
  value?: unknown;
}

/** The most operations one PATCH may carry; Entra batches group members well below this. */
export const MAX_OPERATIONS = 1000;

/**
 * Reads a PatchOp request (RFC 7644 §3.5.2). `op` is read without regard to case because Entra
 * sends `Add`, `Replace` and `Remove`; Okta sends lower case and often no path.
 */
export function readPatchRequest(body: unknown): PatchOperation[] {
  if (!isObject(body)) throw badRequest('invalidSyntax', 'the body must be a PatchOp object');
  const schemas = valuesOf(getAttr(body, 'schemas'));
  if (!schemas.some((s) => typeof s === 'string' && sameUrn(s, URN.patchOp)))
    throw badRequest('invalidSyntax', `schemas: must contain "${URN.patchOp}"`);
  const ops = getAttr(body, 'Operations');
  if (!Array.isArray(ops) || ops.length === 0)
    throw badRequest('invalidSyntax', 'Operations: must be a non-empty array');
  if (ops.length > MAX_OPERATIONS)
    throw badRequest('invalidValue', `Operations: at most ${MAX_OPERATIONS} in one request`);
  return ops.map((raw, i) => readOperation(raw, `Operations[${i}]`));
}

function readOperation(raw: unknown, where: string): PatchOperation {
  if (!isObject(raw)) throw badRequest('invalidSyntax', `${where}: must be an object`);
  const opText = getAttr(raw, 'op');
  const op = typeof opText === 'string' ? opText.toLowerCase() : undefined;
  if (!op || !(patchOps as readonly string[]).includes(op))
    throw badRequest('invalidSyntax', `${where}.op: must be "add", "remove" or "replace"`);
  const pathText = getAttr(raw, 'path');
  if (pathText !== undefined && pathText !== null && typeof pathText !== 'string')
    throw badRequest('invalidPath', `${where}.path: must be a string`);
  const value = getAttr(raw, 'value');
  const operation: PatchOperation = { where, op: op as PatchOpName, value };
  if (pathText) operation.path = parsePath(pathText, `${where}.path`);
  if (!operation.path && op === 'remove')
    throw new ScimError(400, 'noTarget', `${where}: remove needs a path`);
  if (op !== 'remove' && value === undefined)
    throw badRequest('invalidSyntax', `${where}: ${op} needs a value`);
  if (!operation.path && !isObject(value))
    throw badRequest('invalidValue', `${where}.value: without a path, must be an object`);
  return operation;
}

/**
 * Applies operations to a copy of a resource and returns it. `extensions` are the schema URNs
 * whose attributes live in nested objects (the enterprise User extension).
 */
export function applyPatch(
  resource: JsonObject,
  operations: readonly PatchOperation[],
  extensions: readonly string[],
): JsonObject {
  const doc = structuredClone(resource);
  for (const operation of operations) applyOperation(doc, operation, extensions);
  return doc;
}

export function applyOperation(
  doc: JsonObject,
  { where, op, path, value }: PatchOperation,
  extensions: readonly string[],
): void {
  if (path) return applyAt(doc, op, path, value, where);
  // No path: each key of the value is an attribute (or a path, or an extension's object).
  for (const [key, v] of Object.entries(value as JsonObject)) {
    const extension = extensions.find((urn) => sameUrn(urn, key));
    if (!extension) {
      applyAt(doc, op, splitAttrPath(key, failAt(where, 'invalidPath')), v, where);
      continue;
    }
    if (!isObject(v)) throw badRequest('invalidValue', `${where}.value.${key}: must be an object`);
    for (const [attr, sub] of Object.entries(v))
      applyAt(
        doc,
        op,
        { ...splitAttrPath(attr, failAt(where, 'invalidPath')), schema: extension },
        sub,
        where,
      );
  }
}

function failAt(where: string, scimType: 'invalidPath'): (msg: string) => never {
  return (msg) => {
    throw badRequest(scimType, `${where}: ${msg}`);
  };
}

function applyAt(
  doc: JsonObject,
  op: PatchOpName,
  path: AttrPath,
  value: unknown,
  where: string,
): void {
  const container = containerOf(doc, path.schema, op !== 'remove');
  if (!container) return;
  if (path.filter) return applyFiltered(container, op, path, path.filter, value, where);
  if (!path.sub) return setValue(container, op, path.attr, value);
  const parent = getAttr(container, path.attr);
  if (Array.isArray(parent)) {
    for (const item of parent) if (isObject(item)) setValue(item, op, path.sub, value);
    return;
  }
  if (isObject(parent)) return setValue(parent, op, path.sub, value);
  if (op === 'remove') return;
  setAttr(container, path.attr, { [path.sub]: value });
}

/** add merges into complex values and appends to lists; replace merges complex values. */
function setValue(obj: JsonObject, op: PatchOpName, name: string, value: unknown): void {
  const current = getAttr(obj, name);
  if (op === 'remove') {
    if (value !== undefined && value !== null && Array.isArray(current)) {
      const gone = valuesOf(value);
      setAttr(
        obj,
        name,
        current.filter((item) => !gone.some((g) => sameValue(item, g))),
      );
    } else deleteAttr(obj, name);
    return;
  }
  if (isObject(current) && isObject(value)) {
    for (const [k, v] of Object.entries(value)) setAttr(current, k, v);
    return;
  }
  if (op === 'add' && Array.isArray(current)) {
    const list: unknown[] = current;
    const added = valuesOf(value).filter((v) => !list.some((item) => sameValue(item, v)));
    setAttr(obj, name, withOnePrimary([...list, ...added], added));
    return;
  }
  setAttr(obj, name, value);
}

function applyFiltered(
  container: JsonObject,
  op: PatchOpName,
  path: AttrPath,
  filter: Filter,
  value: unknown,
  where: string,
): void {
  const list = valuesOf(getAttr(container, path.attr));
  const hits = new Set(list.filter((item) => matchesFilter(filter, item)));
  if (op === 'remove') {
    if (path.sub) for (const item of hits) if (isObject(item)) deleteAttr(item, path.sub);
    if (!path.sub)
      setAttr(
        container,
        path.attr,
        list.filter((item) => !hits.has(item)),
      );
    return;
  }
  if (!path.sub && !isObject(value))
    throw badRequest('invalidValue', `${where}.value: must be an object for a filtered path`);
  if (hits.size === 0) return addSeeded(container, path, filter, value, where);
  const sub = path.sub;
  const updated = list.map((item) => {
    if (!hits.has(item) || !isObject(item)) return item;
    if (sub) setValue(item, op, sub, value);
    else if (op === 'add') Object.assign(item, value);
    else return value;
    return item;
  });
  setAttr(container, path.attr, updated);
}

/**
 * Entra replaces `emails[type eq "work"].value` on users that have no work email yet; RFC 7644
 * would answer noTarget, but adding the value the filter describes is what the client means.
 * Only filters made of `eq` comparisons joined by `and` describe a value that can be added.
 */
function addSeeded(
  container: JsonObject,
  path: AttrPath,
  filter: Filter,
  value: unknown,
  where: string,
): void {
  const seed = equalitySeed(filter);
  if (!seed)
    throw new ScimError(400, 'noTarget', `${where}.path: no value of "${path.attr}" matches`);
  const item: JsonObject = path.sub
    ? { ...seed, [path.sub]: value }
    : { ...seed, ...(value as JsonObject) };
  setAttr(
    container,
    path.attr,
    withOnePrimary([...valuesOf(getAttr(container, path.attr)), item], [item]),
  );
}

/** At most one value is primary: a newly added primary one wins (RFC 7644 §3.5.2). */
function withOnePrimary(list: unknown[], added: readonly unknown[]): unknown[] {
  const isPrimary = (v: unknown) => isObject(v) && getAttr(v, 'primary') === true;
  if (!added.some(isPrimary)) return list;
  for (const item of list)
    if (!added.includes(item) && isObject(item) && isPrimary(item)) setAttr(item, 'primary', false);
  return list;
}

function equalitySeed(filter: Filter): JsonObject | undefined {
  if (filter.kind === 'and') {
    const left = equalitySeed(filter.left);
    const right = equalitySeed(filter.right);
    return left && right ? { ...left, ...right } : undefined;
  }
  if (filter.kind !== 'compare' || filter.op !== 'eq' || filter.path.sub || filter.path.filter)
    return undefined;
  return { [filter.path.attr]: filter.value };
}

/** Values of a list are the same when their `value` matches (ignoring case) or they are equal. */
function sameValue(a: unknown, b: unknown): boolean {
  const va = isObject(a) ? getAttr(a, 'value') : a;
  const vb = isObject(b) ? getAttr(b, 'value') : b;
  if (typeof va === 'string' && typeof vb === 'string')
    return va.toLowerCase() === vb.toLowerCase();
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Applies a PATCH and reads the result with `read`. When the result is not valid, the error names
 * the operation that made it so: the last one after which the resource stopped being valid.
 */
export function patchAndRead<T>(
  resource: JsonObject,
  operations: readonly PatchOperation[],
  extensions: readonly string[],
  read: (doc: JsonObject) => T,
): T {
  const patched = applyPatch(resource, operations, extensions);
  try {
    return read(patched);
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    const where = culprit(resource, operations, extensions, read);
    throw new ScimError(error.status, error.scimType, `${where}${error.message}`);
  }
}

function culprit<T>(
  resource: JsonObject,
  operations: readonly PatchOperation[],
  extensions: readonly string[],
  read: (doc: JsonObject) => T,
): string {
  const valid = (doc: JsonObject) => {
    try {
      read(doc);
      return true;
    } catch {
      return false;
    }
  };
  const doc = structuredClone(resource);
  let wasValid = valid(doc);
  let found = '';
  for (const operation of operations) {
    applyOperation(doc, operation, extensions);
    const isValid = valid(doc);
    if (wasValid && !isValid) found = `${operation.where}: `;
    wasValid = isValid;
  }
  return found;
}
