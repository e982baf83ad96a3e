import type { Member } from '../org/model.js';
import type { JsonRecord } from './common.js';
import { iso } from './common.js';

function shortUser(member: Member): JsonRecord {
  return {
    id: member.ids.knowbe4,
    provisioning_guid: null,
    first_name: member.givenName,
    last_name: member.familyName,
    email: member.email,
  };
}

export interface KnowBe4UserInput {
  member: Member;
  manager: Member | undefined;
  phishPronePercentage: number;
  riskScore: number;
  joinedOn: number;
  lastSignIn: number | null;
  groups: number[];
}

/** A KnowBe4 Reporting API user (`/v1/users`). */
export function knowbe4User(input: KnowBe4UserInput): JsonRecord {
  const { member, manager } = input;
  return {
    id: member.ids.knowbe4,
    employee_number: String(10_000 + member.index),
    first_name: member.givenName,
    last_name: member.familyName,
    job_title: member.title,
    email: member.email,
    phish_prone_percentage: Math.round(input.phishPronePercentage * 1000) / 1000,
    phone_number: null,
    extension: null,
    mobile_phone_number: null,
    location: member.location.name,
    division: member.department.businessUnit,
    manager_name: manager?.name ?? null,
    manager_email: manager?.email ?? null,
    provisioning_managed: true,
    provisioning_guid: null,
    groups: input.groups,
    current_risk_score: Math.round(input.riskScore * 1000) / 1000,
    aliases: [],
    joined_on: iso(input.joinedOn),
    last_sign_in: input.lastSignIn === null ? null : iso(input.lastSignIn),
    status: 'active',
    organization: 'Halden & Rowe',
    department: member.department.name,
    language: 'English - United States',
    comment: null,
    employee_start_date: iso(input.joinedOn),
    archived_at: null,
    custom_field_1: null,
    custom_field_2: null,
    custom_field_3: null,
    custom_field_4: null,
    custom_date_1: null,
    custom_date_2: null,
  };
}

/** When each step of a phishing security test happened for one recipient (null: never). */
export interface RecipientTimes {
  scheduled: number;
  delivered: number | null;
  opened: number | null;
  clicked: number | null;
  attachmentOpened: number | null;
  dataEntered: number | null;
  qrScanned: number | null;
  reported: number | null;
}

export interface RecipientInput {
  recipientId: number;
  pstId: number;
  member: Member;
  template: { id: number; name: string };
  times: RecipientTimes;
  ip: string | null;
  browser: { name: string; version: string; os: string } | null;
}

/** A phishing security test recipient (`/v1/phishing/security_tests/{pst_id}/recipients`). */
export function pstRecipient(input: RecipientInput): JsonRecord {
  const { times } = input;
  const at = (time: number | null): string | null => (time === null ? null : iso(time));
  return {
    recipient_id: input.recipientId,
    pst_id: input.pstId,
    user: shortUser(input.member),
    template: input.template,
    scheduled_at: iso(times.scheduled),
    delivered_at: at(times.delivered),
    opened_at: at(times.opened),
    clicked_at: at(times.clicked),
    replied_at: null,
    attachment_opened_at: at(times.attachmentOpened),
    macro_enabled_at: null,
    data_entered_at: at(times.dataEntered),
    qr_code_scanned: at(times.qrScanned),
    reported_at: at(times.reported),
    bounced_at: null,
    ip: input.ip,
    ip_location:
      input.ip === null ? null : `${input.member.location.city}, ${input.member.location.country}`,
    browser: input.browser?.name ?? null,
    browser_version: input.browser?.version ?? null,
    os: input.browser?.os ?? null,
  };
}

export type EnrollmentStatus = 'Not Started' | 'In Progress' | 'Passed' | 'Past Due';

export interface EnrollmentInput {
  enrollmentId: number;
  member: Member;
  moduleName: string;
  campaignName: string;
  enrolled: number;
  started: number | null;
  completed: number | null;
  status: EnrollmentStatus;
  timeSpentSeconds: number;
}

/** A training enrollment (`/v1/training/enrollments`). */
export function trainingEnrollment(input: EnrollmentInput): JsonRecord {
  return {
    enrollment_id: input.enrollmentId,
    content_type: 'Training Module',
    module_name: input.moduleName,
    user: shortUser(input.member),
    campaign_name: input.campaignName,
    enrollment_date: iso(input.enrolled),
    start_date: input.started === null ? null : iso(input.started),
    completion_date: input.completed === null ? null : iso(input.completed),
    status: input.status,
    time_spent: input.timeSpentSeconds,
    policy_acknowledged: false,
  };
}
