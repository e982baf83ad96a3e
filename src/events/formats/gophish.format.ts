import { z } from 'zod';
import type { EventDraft } from '../event.js';
import type { AutomationPolicy } from './automation.js';
import { automationDetails, automationReason, defaultAutomationPolicy } from './automation.js';
import type { InputFormat, Normalised } from './format.js';
import { joinPath, parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { combine, eventsOf, ignoredItem, problemItem, single } from './results.js';
import { compact, isoTime, isRecord } from './values.js';

const SOURCE = 'gophish';

/** GoPhish's `models.Event`: a webhook body, or one entry of a campaign's timeline. */
const eventSchema = z.object({
  campaign_id: z.number().int().optional(),
  email: z.string(),
  time: z.string(),
  message: z.string(),
  details: z.string().optional(),
});
type GophishEvent = z.infer<typeof eventSchema>;

/** `GET /api/campaigns/{id}/results`. */
const resultsSchema = z.object({
  id: z.number().int(),
  name: z.string().optional(),
  results: z.array(z.object({ email: z.string(), send_date: z.string().optional() })).optional(),
  timeline: z.array(z.unknown()),
});

/** `details` decodes to `EventDetails`: url.Values (every value an array) and the browser. */
const detailsSchema = z.object({
  payload: z.record(z.string(), z.array(z.string())).optional(),
  browser: z.record(z.string(), z.string()).optional(),
});
type Details = z.infer<typeof detailsSchema>;

const behaviourOf: Readonly<Record<string, string>> = {
  'Email Opened': 'phishing.sim_opened',
  'Clicked Link': 'phishing.sim_clicked',
  'Submitted Data': 'phishing.sim_submitted',
  'Email Reported': 'phishing.sim_reported',
};

const ignoredMessages: Readonly<Record<string, string>> = {
  'Email Sent': 'GoPhish "Email Sent": delivery is not a behaviour',
  'Error Sending Email': 'GoPhish "Error Sending Email": a sending failure is not a behaviour',
  'Campaign Created': 'GoPhish "Campaign Created": names no recipient',
  'Proxied request':
    'GoPhish "Proxied request": transparency-proxy traffic, not a recipient action',
};

/** Builds the GoPhish format with a tenant's policy for spotting scanner opens and clicks. */
export function createGophishFormat(
  policy: AutomationPolicy = defaultAutomationPolicy,
): InputFormat {
  return {
    name: 'gophish',
    encoding: 'json',
    normalise: (record) => normaliseGophish(record, policy),
  };
}

export const gophishFormat: InputFormat = createGophishFormat();

function normaliseGophish(record: unknown, policy: AutomationPolicy): Normalised {
  if (isRecord(record) && 'timeline' in record) return campaignResults(record, policy);
  return single(timelineEvent(record, '', new Map(), policy));
}

function campaignResults(record: Record<string, unknown>, policy: AutomationPolicy): Normalised {
  const parsed = parseAt(resultsSchema, record);
  if (!parsed.ok) return combine([{ kind: 'problems', problems: parsed.problems }]);
  const sent = deliveryTimes(parsed.value.results ?? [], parsed.value.timeline);
  const items = parsed.value.timeline.map((entry, i) =>
    timelineEvent(entry, `timeline[${i}]`, sent, policy),
  );
  return combine(items, 'timeline entry');
}

/** When each recipient's email went out: from `Email Sent` entries, else the result's send_date. */
function deliveryTimes(
  results: readonly { email: string; send_date?: string | undefined }[],
  timeline: readonly unknown[],
): Map<string, number> {
  const sent = new Map<string, number>();
  for (const result of results) {
    const at = Date.parse(result.send_date ?? '');
    if (Number.isFinite(at)) sent.set(result.email.toLowerCase(), at);
  }
  for (const entry of timeline) {
    const parsed = eventSchema.safeParse(entry);
    if (!parsed.success || parsed.data.message !== 'Email Sent') continue;
    const at = Date.parse(parsed.data.time);
    if (Number.isFinite(at)) sent.set(parsed.data.email.toLowerCase(), at);
  }
  return sent;
}

function timelineEvent(
  value: unknown,
  base: string,
  sent: ReadonlyMap<string, number>,
  policy: AutomationPolicy,
): ItemResult {
  const parsed = parseAt(eventSchema, value, base);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const event = parsed.value;
  const ignoredReason = ignoredMessages[event.message];
  if (ignoredReason !== undefined) return ignoredItem(ignoredReason);
  const type = behaviourOf[event.message];
  if (type === undefined)
    return problemItem(
      joinPath(base, ['message']),
      `unknown GoPhish event ${JSON.stringify(event.message)}`,
    );
  if (event.email.trim() === '') return problemItem(joinPath(base, ['email']), 'is empty');
  const time = isoTime(event.time);
  if (time === undefined) return problemItem(joinPath(base, ['time']), 'is not a date-time');
  const details = decodeDetails(event.details, joinPath(base, ['details']));
  if ('problem' in details) return problemItem(details.path, details.problem);
  return eventsOf([draft(event, type, time, details.value, sent, policy)]);
}

function decodeDetails(
  text: string | undefined,
  path: string,
): { value: Details } | { path: string; problem: string } {
  if (text === undefined || text.trim() === '') return { value: {} };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { path, problem: 'is not a JSON-encoded string' };
  }
  const parsed = parseAt(detailsSchema, json, `${path}(decoded)`);
  if (!parsed.ok)
    return {
      path: parsed.problems[0]?.path ?? path,
      problem: parsed.problems.map((p) => p.message).join('; '),
    };
  return { value: parsed.value };
}

function draft(
  event: GophishEvent,
  type: string,
  time: string,
  details: Details,
  sent: ReadonlyMap<string, number>,
  policy: AutomationPolicy,
): EventDraft {
  const userAgent = details.browser?.['user-agent'];
  const ip = details.browser?.address;
  const deliveredAt = sent.get(event.email.toLowerCase());
  const interaction =
    type === 'phishing.sim_reported'
      ? undefined
      : { userAgent, ip, secondsAfterDelivery: secondsBetween(deliveredAt, time) };
  const reason = interaction === undefined ? undefined : automationReason(interaction, policy);
  return {
    source: SOURCE,
    type,
    subject: event.email.trim(),
    time,
    details: compact({
      gophishEvent: event.message,
      campaignId: event.campaign_id,
      rid: details.payload?.rid?.[0],
      ip,
      userAgent,
      // What was typed on a landing page is never kept: only which fields were filled in.
      submittedFields: type === 'phishing.sim_submitted' ? submittedFields(details) : undefined,
      ...automationDetails(reason),
    }),
  };
}

function submittedFields(details: Details): string[] {
  return Object.keys(details.payload ?? {}).filter((key) => key !== 'rid');
}

function secondsBetween(from: number | undefined, to: string): number | undefined {
  if (from === undefined) return undefined;
  return (Date.parse(to) - from) / 1000;
}
