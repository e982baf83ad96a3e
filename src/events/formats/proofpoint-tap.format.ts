import { z } from 'zod';
import type { EventDraft } from '../event.js';
import type { AutomationPolicy } from './automation.js';
import { automationDetails, automationReason, defaultAutomationPolicy } from './automation.js';
import type { InputFormat, Normalised } from './format.js';
import { parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { combine, eventsOf, ignoredItem, problemItem } from './results.js';
import { vapResponse } from './proofpoint-people.js';
import { compact, isoTime, isRecord, redactUrl } from './values.js';

const SOURCE = 'proofpoint-tap';
const text = z.string().nullish();

/** One item of `clicksPermitted` / `clicksBlocked`: `recipient` is a string here. */
const clickSchema = z.object({
  id: z.string().min(1),
  GUID: text,
  clickTime: z.string(),
  recipient: z.string().min(1),
  classification: z.string(),
  url: text,
  clickIP: text,
  userAgent: text,
  sender: text,
  senderIP: text,
  campaignId: text,
  threatID: text,
  threatStatus: text,
  threatURL: text,
  messageID: text,
});
type Click = z.infer<typeof clickSchema>;

const threatSchema = z.object({
  threatID: text,
  classification: z.string(),
  threatType: text,
  threatStatus: text,
  threatUrl: text,
  campaignID: text,
});

/** One item of `messagesDelivered` / `messagesBlocked`: `recipient` is an array here. */
const messageSchema = z.object({
  id: z.string().min(1),
  GUID: text,
  messageTime: z.string(),
  recipient: z.array(z.string()).min(1),
  sender: text,
  senderIP: text,
  headerFrom: text,
  subject: text,
  messageID: text,
  quarantineFolder: text,
  quarantineRule: text,
  spamScore: z.number().nullish(),
  phishScore: z.number().nullish(),
  impostorScore: z.number().nullish(),
  malwareScore: z.number().nullish(),
  threatsInfoMap: z.array(threatSchema).nullish(),
});
type Message = z.infer<typeof messageSchema>;

const ARRAYS = [
  'clicksPermitted',
  'clicksBlocked',
  'messagesDelivered',
  'messagesBlocked',
] as const;
type ArrayName = (typeof ARRAYS)[number];

/** Builds the TAP format with the tenant's policy for spotting scanner clicks. */
export function createProofpointTapFormat(
  policy: AutomationPolicy = defaultAutomationPolicy,
): InputFormat {
  return {
    name: 'proofpoint-tap',
    encoding: 'json',
    normalise: (record) => normaliseTap(record, policy),
  };
}

export const proofpointTapFormat: InputFormat = createProofpointTapFormat();

function normaliseTap(record: unknown, policy: AutomationPolicy): Normalised {
  if (!isRecord(record))
    return {
      kind: 'rejected',
      reason: '(record): expected a TAP SIEM or People API response object',
    };
  if (Array.isArray(record.users)) return vapResponse(record);
  if (!ARRAYS.some((name) => name in record))
    return {
      kind: 'rejected',
      reason: `(record): expected one of ${ARRAYS.join(', ')} (SIEM API) or users (People API)`,
    };
  const items: ItemResult[] = [];
  for (const name of ARRAYS) items.push(...siemArray(record[name], name, policy));
  return combine(items, 'TAP event');
}

function siemArray(value: unknown, name: ArrayName, policy: AutomationPolicy): ItemResult[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [problemItem(name, 'expected an array')];
  const isClick = name.startsWith('clicks');
  return value.map((item, i) => (isClick ? click(item, name, i, policy) : message(item, name, i)));
}

function click(value: unknown, name: ArrayName, i: number, policy: AutomationPolicy): ItemResult {
  const parsed = parseAt(clickSchema, value, `${name}[${i}]`);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const c = parsed.value;
  const time = isoTime(c.clickTime);
  if (time === undefined) return problemItem(`${name}[${i}].clickTime`, 'is not a date-time');
  if (c.threatStatus === 'falsePositive')
    return ignoredItem('TAP click on a threat since marked a false positive');
  const spam = c.classification.toLowerCase() === 'spam';
  const event: EventDraft = {
    id: c.id,
    source: SOURCE,
    type: name === 'clicksPermitted' ? 'phishing.real_clicked' : 'phishing.real_click_blocked',
    subject: c.recipient,
    time,
    details: clickDetails(c, policy),
  };
  // TAP gives no severity; a click on a URL classified only as spam is the mildest case.
  if (spam) event.severity = 'low';
  return eventsOf([event]);
}

function clickDetails(c: Click, policy: AutomationPolicy): Record<string, unknown> {
  const reason = automationReason(
    { userAgent: c.userAgent ?? undefined, ip: c.clickIP ?? undefined },
    policy,
  );
  return compact({
    classification: c.classification.toLowerCase(),
    url: redactUrl(c.url),
    clickIP: c.clickIP,
    userAgent: c.userAgent,
    sender: c.sender,
    senderIP: c.senderIP,
    messageID: c.messageID,
    GUID: c.GUID,
    threatID: c.threatID,
    threatStatus: c.threatStatus,
    threatURL: c.threatURL,
    campaignId: c.campaignId,
    ...automationDetails(reason),
  });
}

function message(value: unknown, name: ArrayName, i: number): ItemResult {
  const path = `${name}[${i}]`;
  const parsed = parseAt(messageSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const m = parsed.value;
  const time = isoTime(m.messageTime);
  if (time === undefined) return problemItem(`${path}.messageTime`, 'is not a date-time');
  const threats = m.threatsInfoMap ?? [];
  if (threats.length > 0 && threats.every((t) => t.threatStatus === 'falsePositive'))
    return ignoredItem('TAP message whose threats were all marked false positives');
  const classes = classifications(m);
  if (classes.length > 0 && classes.every((c) => c === 'spam'))
    return ignoredItem('TAP message classified only as spam: not an attack on the person');
  const delivered = name === 'messagesDelivered';
  const type = classes.includes('impostor')
    ? 'threat.impersonation_targeted'
    : delivered
      ? 'threat.malicious_email_delivered'
      : 'threat.malicious_email_blocked';
  const details = messageDetails(m, classes, delivered);
  const events = uniqueRecipients(m.recipient).map((recipient) => ({
    // One TAP message reaches several people; each gets its own event, keyed by message and person.
    id: `${m.id}:${recipient.toLowerCase()}`,
    source: SOURCE,
    type,
    subject: recipient,
    time,
    details,
  }));
  if (events.length === 0) return problemItem(`${path}.recipient`, 'holds no address');
  return eventsOf(events);
}

function classifications(m: Message): string[] {
  return [...new Set((m.threatsInfoMap ?? []).map((t) => t.classification.toLowerCase()))];
}

function messageDetails(
  m: Message,
  classes: string[],
  delivered: boolean,
): Record<string, unknown> {
  return compact({
    delivered,
    classifications: classes,
    threatTypes: [...new Set((m.threatsInfoMap ?? []).map((t) => t.threatType).filter(Boolean))],
    threatIDs: (m.threatsInfoMap ?? []).map((t) => t.threatID).filter(Boolean),
    subject: m.subject,
    sender: m.sender,
    headerFrom: m.headerFrom,
    senderIP: m.senderIP,
    messageID: m.messageID,
    GUID: m.GUID,
    phishScore: m.phishScore,
    malwareScore: m.malwareScore,
    impostorScore: m.impostorScore,
    spamScore: m.spamScore,
    quarantineFolder: m.quarantineFolder,
    quarantineRule: m.quarantineRule,
  });
}

function uniqueRecipients(recipients: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const r of recipients) {
    const trimmed = r.trim();
    if (trimmed !== '' && !seen.has(trimmed.toLowerCase()))
      seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}
