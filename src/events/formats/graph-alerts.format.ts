import { z } from 'zod';
import type { EventDraft } from '../event.js';
import type { InputFormat } from './format.js';
import { at, graphRecords, graphSeverity } from './graph.js';
import { alertBehaviour } from './graph-alerts.rules.js';
import { parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoTime, isRecord } from './values.js';

const text = z.string().nullish();

/** A Microsoft Graph security `alert` (`/security/alerts_v2`), Defender or Purview DLP. */
const alertSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  severity: z.string(),
  status: text,
  classification: text,
  determination: text,
  serviceSource: z.string(),
  detectionSource: text,
  category: text,
  mitreTechniques: z.array(z.string()).nullish(),
  createdDateTime: z.string(),
  firstActivityDateTime: text,
  providerAlertId: text,
  incidentId: text,
  alertWebUrl: text,
  threatDisplayName: text,
  threatFamilyName: text,
  evidence: z.array(z.unknown()).nullish(),
});
type Alert = z.infer<typeof alertSchema>;

const PREVENTED = /^(prevented|blocked|remediated)$/i;

/** Defender and Purview DLP alerts, one event per person named in the alert's evidence. */
export const graphAlertsFormat: InputFormat = {
  name: 'graph-alerts',
  encoding: 'json',
  normalise: (record) => graphRecords(record, alert, 'alert'),
};

function alert(value: unknown, path: string): ItemResult {
  const parsed = parseAt(alertSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const a = parsed.value;
  const time = isoTime(a.createdDateTime);
  if (time === undefined) return problemItem(at(path, 'createdDateTime'), 'is not a date-time');
  if (a.classification === 'falsePositive')
    return ignoredItem('alert classified as a false positive');
  const evidence = (a.evidence ?? []).filter(isRecord);
  const type = alertBehaviour({
    title: a.title,
    category: a.category ?? '',
    serviceSource: a.serviceSource,
    detectionSource: a.detectionSource ?? '',
    mitreTechniques: a.mitreTechniques ?? [],
    threatFamilyName: a.threatFamilyName ?? '',
    classification: a.classification ?? '',
    prevented: evidence.some(
      (e) => typeof e.remediationStatus === 'string' && PREVENTED.test(e.remediationStatus),
    ),
  });
  if (type === undefined)
    return ignoredItem(
      `${a.serviceSource} alert in category ${a.category ?? 'none'}: no behaviour matches`,
    );
  const people = peopleIn(evidence);
  if (people.length === 0)
    return ignoredItem(`${a.serviceSource} alert names no user in its evidence`);
  return eventsOf(people.map((person) => draft(a, type, person, time)));
}

interface Person {
  subject: string;
  entraUserId?: string | undefined;
}

/**
 * The people an alert is about: user evidence, mailboxes and analysed messages' recipients.
 * Service accounts that only appear inside process evidence (SYSTEM) are not people.
 */
function peopleIn(evidence: readonly Record<string, unknown>[]): Person[] {
  const found = new Map<string, Person>();
  for (const item of evidence) {
    const person = personOf(item);
    if (person && !found.has(person.subject.toLowerCase()))
      found.set(person.subject.toLowerCase(), person);
  }
  return [...found.values()];
}

function personOf(item: Record<string, unknown>): Person | undefined {
  const kind = str(item['@odata.type']) ?? '';
  const account = isRecord(item.userAccount) ? item.userAccount : {};
  const upn = str(account.userPrincipalName);
  const aadId = str(account.azureAdUserId);
  if (kind.endsWith('userEvidence')) {
    const subject = upn ?? aadId ?? accountName(account);
    return subject ? { subject, entraUserId: aadId } : undefined;
  }
  if (kind.endsWith('mailboxEvidence')) {
    const subject = str(item.primaryAddress) ?? upn;
    return subject ? { subject, entraUserId: aadId } : undefined;
  }
  if (kind.endsWith('analyzedMessageEvidence')) {
    const subject = str(item.recipientEmailAddress);
    return subject ? { subject } : undefined;
  }
  return undefined;
}

function accountName(account: Record<string, unknown>): string | undefined {
  const name = str(account.accountName);
  const domain = str(account.domainName);
  return name && domain ? `${domain}\\${name}` : name;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function draft(a: Alert, type: string, person: Person, time: string): EventDraft {
  const event: EventDraft = {
    // One alert can name several people; each gets its own event.
    id: `${a.id}:${person.subject.toLowerCase()}`,
    source: 'graph-alerts',
    type,
    subject: person.subject,
    time,
    details: compact({
      alertId: a.id,
      title: a.title,
      serviceSource: a.serviceSource,
      detectionSource: a.detectionSource,
      category: a.category,
      mitreTechniques: a.mitreTechniques,
      status: a.status,
      classification: a.classification,
      determination: a.determination,
      threat: a.threatDisplayName,
      threatFamily: a.threatFamilyName,
      incidentId: a.incidentId,
      alertWebUrl: a.alertWebUrl,
      entraUserId: person.entraUserId,
    }),
  };
  const severity = graphSeverity(a.severity);
  if (severity) event.severity = severity;
  return event;
}
