import type { Behaviour, Severity } from '../../catalog/behaviour.js';
import type { NativeEvent } from '../event.js';
import { looksLikeEmail } from './values.js';

export const OCSF_VERSION = '1.8.0';

/** An OCSF event record, ready to be serialised. */
export type OcsfRecord = Record<string, unknown>;

export interface OcsfWriterOptions {
  /** Bulwark's version, for `metadata.product.version`. */
  productVersion?: string;
  /** The tenant, for `metadata.tenant_uid`. */
  tenantUid?: string;
}

const FINDINGS = 2;
const DETECTION_FINDING = 2004;
const DATA_SECURITY_FINDING = 2006;
const CREATE = 1;
const NEW = 1;

/** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
const SEVERITY_IDS: Readonly<Record<Severity, [number, string]>> = {
  low: [2, 'Low'],
  medium: [3, 'Medium'],
  high: [4, 'High'],
  critical: [5, 'Critical'],
};
/** OCSF risk_level_id: 0 Info, 1 Low, 2 Medium, 3 High, 4 Critical. */
const RISK_LEVEL_IDS: Readonly<Record<Severity, number>> = {
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

/**
 * Writes a native event as an OCSF 1.8.0 finding for SIEM destinations: data-handling
 * behaviours as a Data Security Finding (2006), every other behaviour as a Detection Finding
 * (2004). The person goes in `actor.user` (2006) or `evidences[].user` (2004); the behaviour in
 * `finding_info` with its ATT&CK techniques; Bulwark's own fields in `unmapped`.
 */
export function toOcsf(
  event: NativeEvent,
  behaviour: Behaviour,
  options: OcsfWriterOptions = {},
): OcsfRecord {
  const dataFinding = behaviour.category === 'data';
  const classUid = dataFinding ? DATA_SECURITY_FINDING : DETECTION_FINDING;
  const user = ocsfUser(event.subject);
  const record: OcsfRecord = {
    class_uid: classUid,
    class_name: dataFinding ? 'Data Security Finding' : 'Detection Finding',
    category_uid: FINDINGS,
    category_name: 'Findings',
    activity_id: CREATE,
    activity_name: 'Create',
    type_uid: classUid * 100 + CREATE,
    type_name: `${dataFinding ? 'Data Security Finding' : 'Detection Finding'}: Create`,
    time: Date.parse(event.time),
    message: behaviour.title,
    status_id: NEW,
    status: 'New',
    is_alert: behaviour.polarity === 'risk',
    ...severityFields(event.severity, behaviour),
    finding_info: findingInfo(event, behaviour),
    metadata: metadata(event, options),
    unmapped: { bulwark: { source: event.source, type: event.type, details: event.details } },
  };
  if (dataFinding) record.actor = { user };
  else record.evidences = [{ user }];
  return record;
}

function severityFields(severity: Severity | undefined, behaviour: Behaviour): OcsfRecord {
  if (severity === undefined) {
    // Without a severity a protective behaviour is informational and a risky one unknown.
    return behaviour.polarity === 'protective'
      ? { severity_id: 1, severity: 'Informational' }
      : { severity_id: 0, severity: 'Unknown' };
  }
  const [id, caption] = SEVERITY_IDS[severity];
  return {
    severity_id: id,
    severity: caption,
    risk_level_id: RISK_LEVEL_IDS[severity],
    risk_level: caption,
  };
}

function findingInfo(event: NativeEvent, behaviour: Behaviour): OcsfRecord {
  const info: OcsfRecord = {
    uid: event.id,
    title: behaviour.title,
    types: [behaviour.type],
    analytic: {
      uid: behaviour.type,
      name: 'Bulwark behaviour catalogue',
      type_id: 1,
      type: 'Rule',
    },
    created_time: Date.parse(event.time),
  };
  if (behaviour.attack.length > 0) info.attacks = behaviour.attack.map(attack);
  return info;
}

/** `T1566.002` is a sub-technique of `T1566`; OCSF gives each its own object. */
function attack(id: string): OcsfRecord {
  const [technique = id] = id.split('.');
  return technique === id
    ? { technique: { uid: id } }
    : { technique: { uid: technique }, sub_technique: { uid: id } };
}

function ocsfUser(subject: string): OcsfRecord {
  const user: OcsfRecord = { name: subject, type_id: 1, type: 'User' };
  if (looksLikeEmail(subject) && !subject.includes('\\')) user.email_addr = subject;
  return user;
}

function metadata(event: NativeEvent, options: OcsfWriterOptions): OcsfRecord {
  const product: OcsfRecord = { name: 'Bulwark', vendor_name: 'Bulwark' };
  if (options.productVersion) product.version = options.productVersion;
  const meta: OcsfRecord = {
    version: OCSF_VERSION,
    uid: event.id,
    product,
    log_name: 'bulwark.events',
    original_time: event.time,
    labels: [event.source],
  };
  if (options.tenantUid) meta.tenant_uid = options.tenantUid;
  return meta;
}
