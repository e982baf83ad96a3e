import type { Severity } from '../../catalog/behaviour.js';
import type { EventDraft } from '../event.js';
import type { InputFormat, Normalised } from './format.js';
import { classifyOkta } from './okta.rules.js';
import type { LogEvent } from './okta.schema.js';
import { logEventSchema } from './okta.schema.js';
import { parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { combine, eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoTime, isRecord } from './values.js';

/**
 * Okta System Log events: one `LogEvent`, a page of `/api/v1/logs` (a bare array) or an event
 * hook delivery (`data.events`).
 */
export const oktaFormat: InputFormat = {
  name: 'okta',
  encoding: 'json',
  normalise(record: unknown): Normalised {
    if (Array.isArray(record))
      return combine(
        record.map((e, i) => logEvent(e, `[${i}]`)),
        'log event',
      );
    const hookEvents = isRecord(record) && isRecord(record.data) ? record.data.events : undefined;
    if (Array.isArray(hookEvents))
      return combine(
        hookEvents.map((e, i) => logEvent(e, `data.events[${i}]`)),
        'log event',
      );
    return combine([logEvent(record, '')], 'log event');
  },
};

function logEvent(value: unknown, base: string): ItemResult {
  const parsed = parseAt(logEventSchema, value, base);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const event = parsed.value;
  const time = isoTime(event.published);
  if (time === undefined)
    return problemItem(`${base}${base ? '.' : ''}published`, 'is not a date-time');
  const rule = classifyOkta(event);
  if ('ignored' in rule) return ignoredItem(rule.ignored);
  if (rule.subject === undefined) return ignoredItem(`Okta ${event.eventType}: names no user`);
  const draft: EventDraft = {
    id: event.uuid,
    source: 'okta',
    type: rule.type,
    subject: rule.subject,
    time,
    details: { ...commonDetails(event), ...rule.details },
  };
  const severity = oktaSeverity(event.severity);
  if (severity !== undefined) draft.severity = severity;
  return eventsOf([draft]);
}

function commonDetails(event: LogEvent): Record<string, unknown> {
  return compact({
    oktaEventType: event.eventType,
    displayMessage: event.displayMessage,
    outcome: event.outcome?.result,
    outcomeReason: event.outcome?.reason,
    actorId: event.actor.id,
    actor: event.actor.alternateId,
    clientIp: event.client?.ipAddress,
    userAgent: event.client?.userAgent?.rawUserAgent,
    city: event.client?.geographicalContext?.city,
    country: event.client?.geographicalContext?.country,
    asOrg: event.securityContext?.asOrg,
    isProxy: event.securityContext?.isProxy,
    transactionId: event.transaction?.id,
    sessionId: event.authenticationContext?.externalSessionId,
  });
}

/** Okta's log levels: WARN and ERROR mean Okta itself flagged the event. */
const oktaSeverities: Readonly<Record<string, Severity>> = {
  DEBUG: 'low',
  INFO: 'low',
  WARN: 'medium',
  ERROR: 'high',
};

function oktaSeverity(level: string | null | undefined): Severity | undefined {
  return level ? oktaSeverities[level] : undefined;
}
