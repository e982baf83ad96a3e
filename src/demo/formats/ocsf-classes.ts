import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';
import type { JsonRecord } from './common.js';
import { endpoint, ocsfBase, ocsfUser, type OcsfBase } from './ocsf.js';

export interface AuthenticationInput extends OcsfBase {
  member: Member;
  success: boolean;
  ip: string;
  service: string;
  mfa: boolean;
  statusDetail?: string;
}

/** Authentication (3002), activity 1 Logon. */
export function authentication(rng: Rng, input: AuthenticationInput): JsonRecord {
  return {
    ...ocsfBase(rng, input, 3002, 1),
    status_id: input.success ? 1 : 2,
    status: input.success ? 'Success' : 'Failure',
    ...(input.statusDetail === undefined ? {} : { status_detail: input.statusDetail }),
    is_mfa: input.mfa,
    is_remote: true,
    user: ocsfUser(input.member),
    src_endpoint: endpoint(input.ip),
    service: { name: input.service },
  };
}

/** Account Change (3001): 3 Password Change, 4 Password Reset, 10 MFA Factor Enable. */
export function accountChange(
  rng: Rng,
  input: OcsfBase & { member: Member; activityId: 3 | 4 | 10 },
): JsonRecord {
  return {
    ...ocsfBase(rng, input, 3001, input.activityId),
    status_id: 1,
    status: 'Success',
    user: ocsfUser(input.member),
    actor: { user: ocsfUser(input.member) },
  };
}

export interface EmailReportInput extends OcsfBase {
  member: Member;
  reportMailbox: string;
  originalSender: string;
  subject: string;
  messageUid: string;
}

/**
 * Email Activity (4009) of a person reporting a suspicious message with the report button, sent
 * on to the security team's mailbox. OCSF has no "report" activity, so it is 99 Other with the
 * source's label in `activity_name`, as the OCSF dictionary prescribes for unmapped activities.
 */
export function emailReport(rng: Rng, input: EmailReportInput): JsonRecord {
  return {
    ...ocsfBase(rng, input, 4009, 99),
    activity_name: 'Report',
    direction_id: 3,
    direction: 'Internal',
    status_id: 1,
    from: input.member.email,
    to: [input.reportMailbox],
    email: {
      from: input.member.email,
      to: [input.reportMailbox],
      subject: `Reported: ${input.subject}`,
      message_uid: input.messageUid,
      uid: rng.uuid(),
    },
    actor: { user: ocsfUser(input.member) },
    unmapped: { reported_sender: input.originalSender, report_type: 'phishing' },
  };
}

export interface FindingInput extends OcsfBase {
  member: Member;
  title: string;
  types: string[];
  analytic: string;
  attacks: { techniqueUid: string; techniqueName: string; tacticUid: string; tacticName: string }[];
  blocked: boolean;
  description: string;
}

/** Detection Finding (2004), activity 1 Create, status New. */
export function detectionFinding(rng: Rng, input: FindingInput): JsonRecord {
  return {
    ...ocsfBase(rng, input, 2004, 1),
    status_id: 1,
    status: 'New',
    is_alert: true,
    confidence_id: 3,
    disposition_id: input.blocked ? 2 : 1,
    action_id: input.blocked ? 2 : 1,
    finding_info: {
      uid: rng.uuid(),
      title: input.title,
      desc: input.description,
      types: input.types,
      analytic: { name: input.analytic, type_id: 1, type: 'Rule' },
      attacks: input.attacks.map((a) => ({
        technique: { uid: a.techniqueUid, name: a.techniqueName },
        tactic: { uid: a.tacticUid, name: a.tacticName },
        version: '16.1',
      })),
      created_time: input.time,
    },
    actor: { user: ocsfUser(input.member) },
    resources: [
      { name: input.member.name, type: input.member.kind === 'agent' ? 'AI Agent' : 'User' },
    ],
  };
}

export interface DataFindingInput extends OcsfBase {
  member: Member;
  policy: string;
  fileName: string;
  destination: string;
  blocked: boolean;
  confirmedLeak: boolean;
}

/** Data Security Finding (2006), activity 1 Create. */
export function dataSecurityFinding(rng: Rng, input: DataFindingInput): JsonRecord {
  return {
    ...ocsfBase(rng, input, 2006, 1),
    status_id: input.confirmedLeak ? 2 : 1,
    status: input.confirmedLeak ? 'In Progress' : 'New',
    is_alert: true,
    disposition_id: input.blocked ? 2 : 1,
    action_id: input.blocked ? 2 : 1,
    finding_info: {
      uid: rng.uuid(),
      title: input.confirmedLeak
        ? `Confirmed data leak: ${input.policy}`
        : `DLP policy match: ${input.policy}`,
      types: input.confirmedLeak ? ['Data Leak', 'Data Exfiltration'] : ['Data Loss Prevention'],
      created_time: input.time,
    },
    data_security: {
      data_lifecycle_state_id: 2,
      detection_system_id: 5,
      detection_system: 'Cloud access security broker',
      policy: { name: input.policy, uid: `pol-${input.policy.length}` },
      pattern_match: input.policy,
    },
    actor: { user: ocsfUser(input.member) },
    file: { name: input.fileName, type_id: 1 },
    dst_endpoint: { hostname: input.destination },
    risk_level_id: input.confirmedLeak ? 4 : 2,
  };
}

export interface WebInput extends OcsfBase {
  member: Member;
  url: string;
  hostname: string;
  categoryId: number;
  category: string;
  blocked: boolean;
  ip: string;
  userAgent: string;
}

/** Web Resources Activity (6001), activity 2 Read, from a secure web gateway. */
export function webActivity(rng: Rng, input: WebInput): JsonRecord {
  return {
    ...ocsfBase(rng, input, 6001, 2),
    status_id: 1,
    action_id: input.blocked ? 2 : 1,
    action: input.blocked ? 'Denied' : 'Allowed',
    disposition_id: input.blocked ? 2 : 1,
    disposition: input.blocked ? 'Blocked' : 'Allowed',
    web_resources: [{ url_string: input.url, name: input.hostname, type: 'Web Page' }],
    http_request: {
      http_method: 'GET',
      user_agent: input.userAgent,
      url: {
        url_string: input.url,
        hostname: input.hostname,
        scheme: 'https',
        categories: [input.category],
        category_ids: [input.categoryId],
      },
    },
    src_endpoint: endpoint(input.ip),
    actor: { user: ocsfUser(input.member) },
  };
}
