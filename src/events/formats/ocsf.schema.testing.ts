/**
 * Test support only: checks OCSF records against the OCSF 1.8.0 definition files (events/,
 * objects/, dictionary.json). The product never imports this; tests skip when the folder is
 * absent. Not a full JSON Schema validator: it checks class and activity ids, type_uid, required
 * attributes, `at_least_one` / `just_one` constraints, enumerations, primitive types, and that
 * every attribute belongs to its class or object.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface AttrDef {
  type?: string;
  is_array?: boolean;
  requirement?: string;
  enum?: Record<string, unknown>;
  /** Attributes a profile adds are allowed but never required. */
  fromProfile?: boolean;
}

interface Definition {
  name: string;
  attributes: Map<string, AttrDef>;
  atLeastOne: string[][];
  justOne: string[][];
}

export interface OcsfSchema {
  classes: Map<number, Definition & { categoryUid: number; classUid: number }>;
  objects: Map<string, Definition>;
  dictionary: Record<string, AttrDef>;
  types: Record<string, { type?: string; regex?: string }>;
}

type Raw = {
  name: string;
  extends?: string;
  uid?: number;
  category?: string;
  attributes: Record<string, unknown>;
  constraints?: { at_least_one?: string[]; just_one?: string[] };
};

/** Where the OCSF definitions are: `BULWARK_OCSF_SCHEMA`, else `shared/ocsf-1.8.0` beside the repository. */
export function ocsfSchemaDir(): string {
  const fromEnv = process.env.BULWARK_OCSF_SCHEMA;
  if (fromEnv) return fromEnv;
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  return join(repo, '..', 'shared', 'ocsf-1.8.0');
}

export function ocsfSchemaAvailable(dir = ocsfSchemaDir()): boolean {
  return existsSync(join(dir, 'dictionary.json')) && existsSync(join(dir, 'events'));
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

export function loadOcsfSchema(dir = ocsfSchemaDir()): OcsfSchema {
  const dictionary = readJson(join(dir, 'dictionary.json')) as {
    attributes: Record<string, AttrDef>;
    types: { attributes: Record<string, { type?: string; regex?: string }> };
  };
  const categories = readJson(join(dir, 'categories.json')) as {
    attributes: Record<string, { uid: number }>;
  };
  const load = (sub: string): Map<string, Raw> =>
    new Map(jsonFiles(join(dir, sub)).map((f) => [(readJson(f) as Raw).name, readJson(f) as Raw]));
  const events = load('events');
  const objects = load('objects');
  const schema: OcsfSchema = {
    classes: new Map(),
    objects: new Map(),
    dictionary: dictionary.attributes,
    types: dictionary.types.attributes,
  };
  for (const name of objects.keys()) schema.objects.set(name, resolve(name, objects, dir));
  for (const [name, raw] of events) {
    if (raw.uid === undefined) continue;
    const category = categoryOf(name, events);
    const categoryUid = category ? (categories.attributes[category]?.uid ?? 0) : 0;
    schema.classes.set(categoryUid * 1000 + raw.uid, {
      ...resolve(name, events, dir),
      categoryUid,
      classUid: categoryUid * 1000 + raw.uid,
    });
  }
  return schema;
}

function categoryOf(name: string, all: Map<string, Raw>): string | undefined {
  const raw = all.get(name);
  if (!raw) return undefined;
  return raw.category ?? (raw.extends ? categoryOf(raw.extends, all) : undefined);
}

/** Merges a definition with those it extends and the profiles it includes. */
function resolve(name: string, all: Map<string, Raw>, dir: string): Definition {
  const raw = all.get(name);
  if (!raw) return { name, attributes: new Map(), atLeastOne: [], justOne: [] };
  const base = raw.extends
    ? resolve(raw.extends, all, dir)
    : { name, attributes: new Map<string, AttrDef>(), atLeastOne: [], justOne: [] };
  const attributes = new Map(base.attributes);
  for (const [key, value] of Object.entries(raw.attributes)) {
    if (key === '$include') {
      for (const include of value as string[])
        addProfile(attributes, readJson(join(dir, include)) as Raw);
      continue;
    }
    const def = value as AttrDef;
    const prior = attributes.get(key);
    attributes.set(key, {
      ...prior,
      ...def,
      enum: { ...prior?.enum, ...def.enum },
      fromProfile: false,
    });
  }
  // A definition's own constraints replace those it inherits (endpoint's replace _entity's).
  const c = raw.constraints;
  if (!c) return { name, attributes, atLeastOne: base.atLeastOne, justOne: base.justOne };
  return {
    name,
    attributes,
    atLeastOne: c.at_least_one ? [c.at_least_one] : [],
    justOne: c.just_one ? [c.just_one] : [],
  };
}

function addProfile(attributes: Map<string, AttrDef>, profile: Raw): void {
  for (const [key, value] of Object.entries(profile.attributes)) {
    if (!attributes.has(key)) attributes.set(key, { ...(value as AttrDef), fromProfile: true });
  }
}

/** Every problem of one OCSF event record, each with its path. */
export function validateOcsf(schema: OcsfSchema, record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const classUid = record.class_uid;
  const cls = typeof classUid === 'number' ? schema.classes.get(classUid) : undefined;
  if (!cls) return [`class_uid: ${String(classUid)} is not an OCSF 1.8.0 class`];
  if (record.category_uid !== cls.categoryUid)
    problems.push(`category_uid: expected ${cls.categoryUid} for class ${cls.name}`);
  const activity = record.activity_id;
  if (typeof activity === 'number' && record.type_uid !== cls.classUid * 100 + activity)
    problems.push(
      `type_uid: expected ${cls.classUid * 100 + activity} (class_uid * 100 + activity_id)`,
    );
  checkDefinition(schema, cls, record, '', problems);
  return problems;
}

function checkDefinition(
  schema: OcsfSchema,
  def: Definition,
  value: Record<string, unknown>,
  path: string,
  problems: string[],
): void {
  const at = (key: string): string => (path ? `${path}.${key}` : key);
  for (const [key, attr] of def.attributes) {
    if (attr.requirement === 'required' && !attr.fromProfile && value[key] === undefined)
      problems.push(`${at(key)}: required by ${def.name}`);
  }
  for (const group of def.atLeastOne) {
    if (!group.some((k) => value[k] !== undefined))
      problems.push(`${path || '(record)'}: ${def.name} needs at least one of ${group.join(', ')}`);
  }
  for (const group of def.justOne) {
    if (group.filter((k) => value[k] !== undefined).length !== 1)
      problems.push(`${path || '(record)'}: ${def.name} needs exactly one of ${group.join(', ')}`);
  }
  for (const [key, item] of Object.entries(value)) {
    const attr = def.attributes.get(key);
    if (!attr) {
      problems.push(`${at(key)}: not an attribute of ${def.name}`);
      continue;
    }
    checkAttribute(schema, key, attr, item, at(key), problems);
  }
}

/** The base event's placeholder enumerations of these ids are checked by `validateOcsf` instead. */
const COMPUTED = new Set(['class_uid', 'category_uid', 'type_uid']);

function checkAttribute(
  schema: OcsfSchema,
  key: string,
  attr: AttrDef,
  value: unknown,
  path: string,
  problems: string[],
): void {
  const dict = schema.dictionary[key] ?? {};
  if (COMPUTED.has(key) && path === key)
    return checkPrimitive(schema, 'integer_t', value, path, problems);
  const type = attr.type ?? dict.type ?? 'object';
  const isArray = attr.is_array ?? dict.is_array ?? false;
  const enumeration = { ...dict.enum, ...attr.enum };
  if (isArray) {
    if (!Array.isArray(value)) return void problems.push(`${path}: expected an array`);
    value.forEach((v, i) => checkValue(schema, type, enumeration, v, `${path}[${i}]`, problems));
    return;
  }
  checkValue(schema, type, enumeration, value, path, problems);
}

function checkValue(
  schema: OcsfSchema,
  type: string,
  enumeration: Record<string, unknown>,
  value: unknown,
  path: string,
  problems: string[],
): void {
  if (
    Object.keys(enumeration).length > 0 &&
    (typeof value === 'number' || typeof value === 'string') &&
    !(String(value) in enumeration)
  )
    problems.push(`${path}: ${JSON.stringify(value)} is not in the enumeration`);
  if (type.endsWith('_t')) return checkPrimitive(schema, type, value, path, problems);
  if (type === 'object') {
    if (typeof value !== 'object' || value === null) problems.push(`${path}: expected an object`);
    return;
  }
  const def = schema.objects.get(type);
  if (!def) return void problems.push(`${path}: unknown object type ${type}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return void problems.push(`${path}: expected a ${type} object`);
  checkDefinition(schema, def, value as Record<string, unknown>, path, problems);
}

function checkPrimitive(
  schema: OcsfSchema,
  type: string,
  value: unknown,
  path: string,
  problems: string[],
): void {
  const base = baseType(schema, type);
  const ok =
    base === 'string_t'
      ? typeof value === 'string'
      : base === 'integer_t' || base === 'long_t'
        ? Number.isInteger(value)
        : base === 'float_t'
          ? typeof value === 'number'
          : base === 'boolean_t'
            ? typeof value === 'boolean'
            : true;
  if (!ok) return void problems.push(`${path}: expected ${type}, got ${JSON.stringify(value)}`);
  const regex = schema.types[type]?.regex;
  if (regex && typeof value === 'string' && !new RegExp(regex).test(value))
    problems.push(`${path}: ${JSON.stringify(value)} is not a valid ${type}`);
}

function baseType(schema: OcsfSchema, type: string): string {
  const parent = schema.types[type]?.type;
  return parent && parent !== type ? baseType(schema, parent) : type;
}
