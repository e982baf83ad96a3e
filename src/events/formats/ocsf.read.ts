import { z } from 'zod';
import type { Severity } from '../../catalog/behaviour.js';
import { isRecord, looksLikeEmail } from './values.js';

const text = z.string().nullish();
const id = z.number().int().nullish();

/** The parts of an OCSF 1.x event that every class shares and Bulwark reads. */
export const baseSchema = z.object({
  class_uid: z.number().int(),
  category_uid: z.number().int().nullish(),
  activity_id: z.number().int(),
  activity_name: text,
  type_uid: z.number().int().nullish(),
  time: z.number(),
  severity_id: id,
  status_id: id,
  status_detail: text,
  message: text,
  action_id: id,
  disposition_id: id,
  risk_level_id: id,
  is_alert: z.boolean().nullish(),
  metadata: z.object({
    version: z.string(),
    uid: text,
    product: z.object({ name: text, vendor_name: text }),
  }),
});
export type OcsfBase = z.infer<typeof baseSchema>;

const SEVERITIES: Readonly<Record<number, Severity>> = {
  1: 'low',
  2: 'low',
  3: 'medium',
  4: 'high',
  5: 'critical',
  6: 'critical',
};

/** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical, 6 Fatal. */
export function ocsfSeverity(severityId: number | null | undefined): Severity | undefined {
  return severityId ? SEVERITIES[severityId] : undefined;
}

/** A person from an OCSF `user` object: the email address, a name that is one, the name, the uid. */
export function personOf(user: unknown): string | undefined {
  if (!isRecord(user)) return undefined;
  const pick = (key: string): string | undefined => {
    const value = user[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const name = pick('name');
  return (
    pick('email_addr') ?? (name && looksLikeEmail(name) ? name : undefined) ?? name ?? pick('uid')
  );
}

/** The first person found at any of these paths, e.g. `actor.user`, `evidences[].user`. */
export function firstPerson(
  record: Record<string, unknown>,
  paths: readonly string[],
): string | undefined {
  for (const path of paths) {
    for (const value of valuesAt(record, path.split('.'))) {
      const person = personOf(value);
      if (person) return person;
    }
  }
  return undefined;
}

function valuesAt(value: unknown, keys: readonly string[]): unknown[] {
  if (keys.length === 0) return [value];
  const [head = '', ...rest] = keys;
  const many = head.endsWith('[]');
  const key = many ? head.slice(0, -2) : head;
  if (!isRecord(value)) return [];
  const next = value[key];
  if (!many) return valuesAt(next, rest);
  return Array.isArray(next) ? next.flatMap((v) => valuesAt(v, rest)) : [];
}

/** MITRE technique ids named in `attacks` (security control profile) or `finding_info.attacks`. */
export function techniques(record: Record<string, unknown>): string[] {
  const attacks = [
    ...listAt(record, 'attacks'),
    ...listAt(isRecord(record.finding_info) ? record.finding_info : {}, 'attacks'),
  ];
  return attacks.flatMap((a) =>
    ['technique', 'sub_technique']
      .map((k) => (isRecord(a) && isRecord(a[k]) ? a[k].uid : undefined))
      .filter((uid): uid is string => typeof uid === 'string'),
  );
}

export function listAt(record: Record<string, unknown>, key: string): unknown[] {
  const value = record[key];
  return Array.isArray(value) ? value : [];
}
