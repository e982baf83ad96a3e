import { z } from 'zod';
import type { EventDraft } from '../event.js';
import type { AutomationPolicy } from './automation.js';
import { automationDetails, automationReason, defaultAutomationPolicy } from './automation.js';
import type { InputFormat, Normalised } from './format.js';
import { parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { combine, eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoTime, isRecord } from './values.js';

const text = z.string().nullish();
const userSchema = z.object({ id: z.number().nullish(), email: z.string().min(1) });

/** `/phishing/security_tests/{pst_id}/recipients` item. */
const recipientSchema = z.object({
  recipient_id: z.number(),
  pst_id: z.number().nullish(),
  user: userSchema,
  template: z.object({ id: z.number().nullish(), name: text }).nullish(),
  delivered_at: text,
  opened_at: text,
  clicked_at: text,
  replied_at: text,
  attachment_opened_at: text,
  macro_enabled_at: text,
  data_entered_at: text,
  qr_code_scanned: text,
  reported_at: text,
  ip: text,
  ip_location: text,
  browser: text,
  browser_version: text,
  os: text,
});
type Recipient = z.infer<typeof recipientSchema>;

/** `/training/enrollments` item. */
const enrollmentSchema = z.object({
  enrollment_id: z.number(),
  user: userSchema,
  module_name: text,
  content_type: text,
  campaign_name: text,
  enrollment_date: text,
  start_date: text,
  completion_date: text,
  status: z.string(),
  time_spent: z.number().nullish(),
});

type Action = keyof Recipient & `${string}${'_at' | 'scanned'}`;

/** Each recipient timestamp and the behaviour it records, with what the person did. */
const ACTIONS: readonly { field: Action; type: string; action: string; scannerCheck: boolean }[] = [
  { field: 'opened_at', type: 'phishing.sim_opened', action: 'opened', scannerCheck: true },
  { field: 'clicked_at', type: 'phishing.sim_clicked', action: 'clicked', scannerCheck: true },
  // Scanning a QR code needs a phone camera, so no scanner check.
  {
    field: 'qr_code_scanned',
    type: 'phishing.sim_clicked',
    action: 'qr_code_scanned',
    scannerCheck: false,
  },
  {
    field: 'attachment_opened_at',
    type: 'phishing.sim_attachment_opened',
    action: 'attachment_opened',
    scannerCheck: true,
  },
  {
    field: 'macro_enabled_at',
    type: 'phishing.sim_attachment_opened',
    action: 'macro_enabled',
    scannerCheck: true,
  },
  {
    field: 'data_entered_at',
    type: 'phishing.sim_submitted',
    action: 'data_entered',
    scannerCheck: true,
  },
  // The catalogue has no "replied to a simulation"; replying gives the sender information, as submitting does.
  { field: 'replied_at', type: 'phishing.sim_submitted', action: 'replied', scannerCheck: false },
  { field: 'reported_at', type: 'phishing.sim_reported', action: 'reported', scannerCheck: false },
];

/** Builds the KnowBe4 format with the tenant's policy for spotting scanner opens and clicks. */
export function createKnowbe4Format(
  policy: AutomationPolicy = defaultAutomationPolicy,
): InputFormat {
  return {
    name: 'knowbe4',
    encoding: 'json',
    normalise: (record) => normaliseKnowbe4(record, policy),
  };
}

export const knowbe4Format: InputFormat = createKnowbe4Format();

/** Reporting API list endpoints answer with a bare array; each element is recognised by its shape. */
function normaliseKnowbe4(record: unknown, policy: AutomationPolicy): Normalised {
  if (Array.isArray(record))
    return combine(
      record.map((r, i) => element(r, `[${i}]`, policy)),
      'KnowBe4 record',
    );
  return combine([element(record, '', policy)], 'KnowBe4 record');
}

function element(value: unknown, path: string, policy: AutomationPolicy): ItemResult {
  if (!isRecord(value)) return problemItem(path || '(record)', 'expected a KnowBe4 object');
  if ('recipient_id' in value) return recipient(value, path, policy);
  if ('enrollment_id' in value) return enrollment(value, path);
  if ('pst_id' in value)
    return ignoredItem(
      'KnowBe4 phishing security test: a summary; its recipients carry the behaviour',
    );
  if ('phish_prone_percentage' in value && 'email' in value)
    return ignoredItem(
      'KnowBe4 user: directory data and KnowBe4’s own scores, not an event (Bulwark scores from the recipients)',
    );
  return problemItem(
    path || '(record)',
    'expected a KnowBe4 user, phishing test recipient (recipient_id) or training enrollment (enrollment_id)',
  );
}

function recipient(value: unknown, path: string, policy: AutomationPolicy): ItemResult {
  const parsed = parseAt(recipientSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const r = parsed.value;
  const delivered = Date.parse(r.delivered_at ?? '');
  const events: EventDraft[] = [];
  for (const action of ACTIONS) {
    const stamp = r[action.field];
    if (stamp === null || stamp === undefined || stamp === '') continue;
    const time = isoTime(stamp);
    if (time === undefined)
      return problemItem(`${path}${path ? '.' : ''}${action.field}`, 'is not a date-time');
    const seconds = Number.isFinite(delivered) ? (Date.parse(time) - delivered) / 1000 : undefined;
    const reason = action.scannerCheck
      ? automationReason({ secondsAfterDelivery: seconds }, policy)
      : undefined;
    events.push({
      id: `${r.recipient_id}:${action.action}`,
      source: 'knowbe4',
      type: action.type,
      subject: r.user.email.trim(),
      time,
      details: { ...recipientDetails(r, action.action), ...automationDetails(reason) },
    });
  }
  if (events.length === 0)
    return ignoredItem('KnowBe4 recipient who did nothing with the simulation');
  return eventsOf(events);
}

function recipientDetails(r: Recipient, action: string): Record<string, unknown> {
  return compact({
    action,
    pstId: r.pst_id,
    recipientId: r.recipient_id,
    template: r.template?.name,
    ip: r.ip,
    ipLocation: r.ip_location,
    browser: r.browser,
    browserVersion: r.browser_version,
    os: r.os,
  });
}

const DONE = new Set(['passed', 'completed']);
const PAST_DUE = 'past due';

function enrollment(value: unknown, path: string): ItemResult {
  const parsed = parseAt(enrollmentSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const e = parsed.value;
  const status = e.status.toLowerCase();
  if (!DONE.has(status) && status !== PAST_DUE)
    return ignoredItem(`KnowBe4 enrollment ${e.status}: not a completion or an overdue module`);
  const field = DONE.has(status) ? 'completion_date' : 'enrollment_date';
  // An overdue enrollment says when it was assigned, not when it fell due; that is the time used.
  const time = isoTime(DONE.has(status) ? e.completion_date : e.enrollment_date);
  if (time === undefined)
    return problemItem(`${path}${path ? '.' : ''}${field}`, `is required for status ${e.status}`);
  return eventsOf([
    {
      id: `${e.enrollment_id}:${status.replace(' ', '_')}`,
      source: 'knowbe4',
      type: DONE.has(status) ? 'training.completed' : 'training.overdue',
      subject: e.user.email.trim(),
      time,
      details: compact({
        status: e.status,
        module: e.module_name,
        contentType: e.content_type,
        campaign: e.campaign_name,
        enrollmentId: e.enrollment_id,
        timeSpentSeconds: e.time_spent,
      }),
    },
  ]);
}
