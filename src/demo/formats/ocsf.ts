import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';
import type { JsonRecord } from './common.js';

export const OCSF_VERSION = '1.8.0';

/** `severity_id` of OCSF: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
export type SeverityId = 1 | 2 | 3 | 4 | 5;

export interface Product {
  name: string;
  vendor_name: string;
  version?: string;
}

export interface OcsfBase {
  time: number;
  product: Product;
  severityId: SeverityId;
  message: string;
}

/**
 * The attributes every OCSF event carries: class and category, `type_uid` = class_uid × 100 +
 * activity_id (OCSF dictionary), epoch-millisecond `time`, and `metadata` with the schema version.
 */
export function ocsfBase(
  rng: Rng,
  base: OcsfBase,
  classUid: number,
  activityId: number,
): JsonRecord {
  return {
    class_uid: classUid,
    category_uid: Math.floor(classUid / 1000),
    activity_id: activityId,
    type_uid: classUid * 100 + activityId,
    time: base.time,
    severity_id: base.severityId,
    message: base.message,
    metadata: {
      version: OCSF_VERSION,
      uid: rng.uuid(),
      product: base.product,
      logged_time: base.time + 1000 + rng.int(60_000),
      tenant_uid: 'haldenrowe',
    },
  };
}

/** OCSF `user` of a member: a person (type 1) or an agent as a service account (type 4). */
export function ocsfUser(member: Member): JsonRecord {
  return {
    name: member.email,
    uid: member.ids.entra,
    email_addr: member.email,
    full_name: member.name,
    type_id: member.kind === 'agent' ? 4 : 1,
    type: member.kind === 'agent' ? 'Service' : 'User',
    ldap_person:
      member.kind === 'agent'
        ? undefined
        : { department: member.department.name, job_title: member.title },
  };
}

export function endpoint(ip: string, hostname?: string): JsonRecord {
  return hostname === undefined ? { ip } : { ip, hostname };
}
