import { OCSF_VERSION } from '../events/formats/ocsf.writer.js';
import type { Level } from '../risk/index.js';
import type { ChangeIdentity, CompromiseReport, LevelChange } from './destination.js';

const DETECTION_FINDING = 2004;
const CREATE = 1;
const UPDATE = 2;
const CLOSE = 3;

/** OCSF severity_id (1 Informational … 5 Critical) and risk_level_id (0 Info … 4 Critical). */
const SEVERITY: Readonly<Record<Level, [number, string, number]>> = {
  low: [2, 'Low', 1],
  medium: [3, 'Medium', 2],
  high: [4, 'High', 3],
  critical: [5, 'Critical', 4],
};

function user(identity: ChangeIdentity): Record<string, unknown> {
  return {
    uid: identity.id,
    email_addr: identity.email,
    ...(identity.name ? { full_name: identity.name } : {}),
    name: identity.userName ?? identity.email,
    type: identity.kind === 'agent' ? 'System' : 'User',
    type_id: identity.kind === 'agent' ? 3 : 1,
    ...(identity.department ? { org: { ou_name: identity.department } } : {}),
  };
}

function metadata(uid: string): Record<string, unknown> {
  return {
    version: OCSF_VERSION,
    uid,
    product: { name: 'Bulwark', vendor_name: 'Bulwark' },
  };
}

/**
 * A level change as an OCSF 1.8.0 Detection Finding (2004), the class SIEMs already map risk
 * findings from: Create when the identity is first reported, Update when its level moves, Close
 * when it is no longer scored. The level goes in `risk_level`, the index in `risk_score`, the
 * person in `evidences[].user`; Bulwark's components and factors in `unmapped.bulwark`.
 */
export function levelChangeFinding(change: LevelChange): Record<string, unknown> {
  const activity = change.level === null ? CLOSE : change.previousLevel === null ? CREATE : UPDATE;
  const names = { [CREATE]: 'Create', [UPDATE]: 'Update', [CLOSE]: 'Close' };
  const [severityId, severity, riskLevelId] = change.level
    ? SEVERITY[change.level]
    : [1, 'Informational', 0];
  return {
    class_uid: DETECTION_FINDING,
    class_name: 'Detection Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: activity,
    activity_name: names[activity],
    type_uid: DETECTION_FINDING * 100 + activity,
    type_name: `Detection Finding: ${names[activity]}`,
    time: Date.parse(change.occurredAt),
    message: describe(change),
    severity_id: severityId,
    severity,
    risk_level_id: riskLevelId,
    risk_level: change.level ? severity : 'Info',
    ...(change.score ? { risk_score: Math.round(change.score.risk) } : {}),
    status_id: change.level === null ? 4 : 1,
    status: change.level === null ? 'Resolved' : 'New',
    finding_info: {
      uid: change.id,
      title: 'Human risk level changed',
      types: ['Human Risk'],
      created_time: Date.parse(change.occurredAt),
    },
    evidences: [{ user: user(change.identity) }],
    metadata: metadata(change.id),
    unmapped: {
      bulwark: {
        previous_level: change.previousLevel,
        level: change.level,
        score: change.score,
        factors: change.factors,
      },
    },
  };
}

/** A confirmed account takeover as an OCSF Detection Finding at Critical severity. */
export function compromiseFinding(report: CompromiseReport): Record<string, unknown> {
  return {
    class_uid: DETECTION_FINDING,
    class_name: 'Detection Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: CREATE,
    activity_name: 'Create',
    type_uid: DETECTION_FINDING * 100 + CREATE,
    type_name: 'Detection Finding: Create',
    time: Date.parse(report.occurredAt),
    message: `Account of ${report.identity.email} confirmed compromised`,
    severity_id: 5,
    severity: 'Critical',
    status_id: 1,
    status: 'New',
    finding_info: {
      uid: report.id,
      title: 'Account confirmed compromised',
      types: ['Account Takeover'],
      attacks: [{ technique: { uid: 'T1078', name: 'Valid Accounts' } }],
    },
    evidences: [{ user: user(report.identity) }],
    metadata: metadata(report.id),
    unmapped: { bulwark: { event: report.event } },
  };
}

/** One line a person can read: whose level moved from what to what. */
export function describe(change: LevelChange): string {
  const who = change.identity.email;
  if (change.level === null)
    return `${who} is no longer scored (was ${change.previousLevel ?? 'unknown'})`;
  if (change.previousLevel === null) return `${who} is at ${change.level} risk`;
  return `Risk level of ${who} changed from ${change.previousLevel} to ${change.level}`;
}
