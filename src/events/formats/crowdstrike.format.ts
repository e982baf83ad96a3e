import { z } from 'zod';
import type { Severity } from '../../catalog/behaviour.js';
import type { EventDraft } from '../event.js';
import { falconBehaviour, preventedBy } from './crowdstrike.rules.js';
import type { InputFormat, Normalised } from './format.js';
import { joinPath, parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { combine, eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoFromEpoch, isoTime, isRecord, severityFromWord } from './values.js';

const text = z.string().nullish();
const flags = z.record(z.string(), z.unknown()).nullish();

/** An Alerts API alert (`/alerts/combined/alerts/v1` `resources[]`). */
const alertSchema = z.object({
  composite_id: z.string().min(1),
  product: text,
  type: text,
  name: text,
  display_name: text,
  description: text,
  severity: z.number().nullish(),
  severity_name: text,
  status: text,
  tactic: text,
  tactic_id: text,
  technique: text,
  technique_id: text,
  timestamp: text,
  created_timestamp: text,
  user_name: text,
  user_principal: text,
  source_account_upn: text,
  source_account_name: text,
  filename: text,
  cmdline: text,
  sha256: text,
  falcon_host_link: text,
  pattern_disposition_description: text,
  pattern_disposition_details: flags,
  device: z.object({ hostname: text, platform_name: text, device_id: text }).nullish(),
});
type Alert = z.infer<typeof alertSchema>;

/** An Event Streams detection summary (`EPPDetectionSummaryEvent`, legacy `DetectionSummaryEvent`). */
const summarySchema = z.object({
  metadata: z.object({
    eventType: z.string(),
    eventCreationTime: z.number(),
    offset: z.number().nullish(),
  }),
  event: z.object({
    CompositeId: text,
    DetectId: text,
    UserName: text,
    Hostname: text,
    Severity: z.number().nullish(),
    SeverityName: text,
    Tactic: text,
    Technique: text,
    Objective: text,
    Name: text,
    Description: text,
    FileName: text,
    CommandLine: text,
    SHA256String: text,
    FalconHostLink: text,
    PatternDispositionDescription: text,
    PatternDispositionFlags: flags,
  }),
});
type Summary = z.infer<typeof summarySchema>;

const SUMMARY_TYPES = /^(epp)?detectionsummaryevent$/i;

/** CrowdStrike Falcon: Alerts API responses or alerts, and Event Streams detection summaries. */
export const crowdstrikeFormat: InputFormat = {
  name: 'crowdstrike',
  encoding: 'json',
  normalise(record: unknown): Normalised {
    if (isRecord(record) && Array.isArray(record.resources))
      return combine(
        record.resources.map((r, i) => alert(r, `resources[${i}]`)),
        'alert',
      );
    if (isRecord(record) && isRecord(record.metadata) && 'event' in record)
      return combine([summary(record)]);
    if (Array.isArray(record))
      return combine(
        record.map((r, i) => alert(r, `[${i}]`)),
        'alert',
      );
    return combine([alert(record, '')]);
  },
};

function alert(value: unknown, path: string): ItemResult {
  const parsed = parseAt(alertSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const a = parsed.value;
  const time = isoTime(a.timestamp) ?? isoTime(a.created_timestamp);
  if (time === undefined)
    return problemItem(
      joinPath(path, ['timestamp']),
      'is not a date-time, nor is created_timestamp',
    );
  const subject = personOf(
    a.user_principal ?? a.source_account_upn ?? a.user_name ?? a.source_account_name,
  );
  if (subject === undefined)
    return ignoredItem('Falcon detection under a system account or no user: not a person’s');
  const type = falconBehaviour({
    product: a.product ?? a.type ?? '',
    tactic: a.tactic ?? '',
    tacticId: a.tactic_id ?? '',
    technique: a.technique ?? '',
    techniqueId: a.technique_id ?? '',
    name: a.display_name ?? a.name ?? '',
    prevented: preventedBy(
      a.pattern_disposition_details ?? undefined,
      a.pattern_disposition_description ?? '',
    ),
  });
  return eventsOf([
    withSeverity(
      { id: a.composite_id, source: 'crowdstrike', type, subject, time, details: alertDetails(a) },
      a.severity_name,
      a.severity,
    ),
  ]);
}

function alertDetails(a: Alert): Record<string, unknown> {
  return compact({
    name: a.display_name ?? a.name,
    description: a.description,
    product: a.product,
    tactic: a.tactic,
    technique: a.technique,
    techniqueId: a.technique_id,
    status: a.status,
    hostname: a.device?.hostname,
    platform: a.device?.platform_name,
    fileName: a.filename,
    commandLine: a.cmdline,
    sha256: a.sha256,
    disposition: a.pattern_disposition_description,
    falconHostLink: a.falcon_host_link,
  });
}

function summary(record: Record<string, unknown>): ItemResult {
  const parsed = parseAt(summarySchema, record);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const { metadata, event } = parsed.value;
  if (!SUMMARY_TYPES.test(metadata.eventType))
    return ignoredItem(`Falcon Event Streams ${metadata.eventType}: not a detection summary`);
  const time = isoFromEpoch(metadata.eventCreationTime);
  if (time === undefined) return problemItem('metadata.eventCreationTime', 'is not an epoch time');
  const subject = personOf(event.UserName);
  if (subject === undefined)
    return ignoredItem('Falcon detection under a system account or no user: not a person’s');
  const type = falconBehaviour({
    product: 'epp',
    tactic: event.Tactic ?? '',
    tacticId: '',
    technique: event.Technique ?? '',
    techniqueId: '',
    name: event.Name ?? '',
    prevented: preventedBy(
      event.PatternDispositionFlags ?? undefined,
      event.PatternDispositionDescription ?? '',
    ),
  });
  const draft: EventDraft = {
    source: 'crowdstrike',
    type,
    subject,
    time,
    details: summaryDetails(parsed.value),
  };
  const id = event.CompositeId ?? event.DetectId;
  if (id) draft.id = id;
  return eventsOf([withSeverity(draft, event.SeverityName, event.Severity)]);
}

function summaryDetails({ metadata, event }: Summary): Record<string, unknown> {
  return compact({
    eventType: metadata.eventType,
    name: event.Name,
    description: event.Description,
    tactic: event.Tactic,
    technique: event.Technique,
    objective: event.Objective,
    hostname: event.Hostname,
    fileName: event.FileName,
    commandLine: event.CommandLine,
    sha256: event.SHA256String,
    disposition: event.PatternDispositionDescription,
    falconHostLink: event.FalconHostLink,
  });
}

/** Falcon user names are login names (`jdoe`, `CORP\jdoe`) or UPNs; machine and system accounts are not people. */
function personOf(name: string | null | undefined): string | undefined {
  const value = name?.trim();
  if (!value || value.endsWith('$')) return undefined;
  if (/^(nt authority\\)?(system|local service|network service)$/i.test(value)) return undefined;
  return value;
}

/**
 * Falcon's severity name when given; else its 1–100 number. The reference sample pairs 30 with
 * "Low" (integrations.md §5); bands of 20 around 10/30/50/70/90 are assumed for the others.
 */
function withSeverity(
  draft: EventDraft,
  name: string | null | undefined,
  score: number | null | undefined,
): EventDraft {
  const severity: Severity | undefined = severityFromWord(name) ?? fromScore(score);
  return severity ? { ...draft, severity } : draft;
}

function fromScore(score: number | null | undefined): Severity | undefined {
  if (score === null || score === undefined || !Number.isFinite(score)) return undefined;
  if (score < 40) return 'low';
  if (score < 60) return 'medium';
  return score < 80 ? 'high' : 'critical';
}
