import { z } from 'zod';
import type { EventDraft } from '../event.js';
import type { InputFormat } from './format.js';
import { at, graphRecords, graphSeverity } from './graph.js';
import { parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoTime, isRecord } from './values.js';

const text = z.string().nullish();

/** `riskyUser` and `riskyUserHistoryItem` (which adds `userId`, `initiatedBy`, `activity`). */
const riskyUserSchema = z.object({
  id: z.string().min(1),
  userPrincipalName: text,
  userDisplayName: text,
  riskLevel: text,
  riskState: z.string(),
  riskDetail: text,
  riskLastUpdatedDateTime: z.string(),
  isDeleted: z.boolean().nullish(),
  userId: text,
  initiatedBy: text,
  activity: z.object({ riskEventTypes: z.array(z.string()).nullish(), detail: text }).nullish(),
});
type RiskyUser = z.infer<typeof riskyUserSchema>;

/** `riskDetection` (`/identityProtection/riskDetections`). */
const detectionSchema = z.object({
  id: z.string().min(1),
  riskEventType: z.string(),
  riskState: text,
  riskLevel: text,
  riskDetail: text,
  source: text,
  activity: text,
  detectionTimingType: text,
  ipAddress: text,
  activityDateTime: text,
  detectedDateTime: text,
  userId: text,
  userPrincipalName: text,
  requestId: text,
  correlationId: text,
  location: z.object({ city: text, countryOrRegion: text }).nullish(),
});
type Detection = z.infer<typeof detectionSchema>;

/** Entra ID Protection: risky users (and their history) and risk detections. */
export const graphRiskFormat: InputFormat = {
  name: 'graph-risk',
  encoding: 'json',
  normalise: (record) => graphRecords(record, riskRecord, 'risk record'),
};

function riskRecord(value: unknown, path: string): ItemResult {
  if (isRecord(value) && 'riskEventType' in value) return detection(value, path);
  if (isRecord(value) && 'riskLastUpdatedDateTime' in value) return riskyUser(value, path);
  return problemItem(
    path || '(record)',
    'expected a riskyUser (riskLastUpdatedDateTime) or a riskDetection (riskEventType)',
  );
}

function riskyUser(value: unknown, path: string): ItemResult {
  const parsed = parseAt(riskyUserSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const u = parsed.value;
  const time = isoTime(u.riskLastUpdatedDateTime);
  if (time === undefined)
    return problemItem(at(path, 'riskLastUpdatedDateTime'), 'is not a date-time');
  const type = riskyUserType(u);
  if (type === undefined)
    return ignoredItem(
      `Entra risky user in state ${u.riskState} at level ${u.riskLevel ?? 'none'}`,
    );
  const draft: EventDraft = {
    // The user's id alone would make every later change a duplicate; the update time tells them apart.
    id: `${u.id}:${u.riskLastUpdatedDateTime}`,
    source: 'graph-risk',
    type,
    subject: subjectOf(u.userPrincipalName, u.userId ?? u.id),
    time,
    details: compact({
      riskLevel: u.riskLevel,
      riskState: u.riskState,
      riskDetail: u.riskDetail,
      entraUserId: u.userId ?? u.id,
      initiatedBy: u.initiatedBy,
      riskEventTypes: u.activity?.riskEventTypes,
    }),
  };
  const severity = graphSeverity(u.riskLevel);
  if (severity) draft.severity = severity;
  return eventsOf([draft]);
}

function riskyUserType(u: RiskyUser): string | undefined {
  if (u.riskState === 'confirmedCompromised') return 'auth.account_compromised';
  if (u.riskState === 'atRisk' && graphSeverity(u.riskLevel)) return 'threat.user_risk_elevated';
  return undefined;
}

const detectionTypes: Readonly<Record<string, string>> = {
  leakedCredentials: 'threat.leaked_credentials',
  passwordSpray: 'threat.password_spray_targeted',
  impossibleTravel: 'threat.impossible_travel',
  unlikelyTravel: 'threat.impossible_travel',
  mcasImpossibleTravel: 'threat.impossible_travel',
  adminConfirmedUserCompromised: 'auth.account_compromised',
};

function detection(value: unknown, path: string): ItemResult {
  const parsed = parseAt(detectionSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const d = parsed.value;
  const time = isoTime(d.activityDateTime) ?? isoTime(d.detectedDateTime);
  if (time === undefined)
    return problemItem(at(path, 'activityDateTime'), 'is not a date-time, nor is detectedDateTime');
  if (d.riskState === 'dismissed' || d.riskState === 'confirmedSafe')
    return ignoredItem(`Entra risk detection ${d.riskState}: judged not a risk`);
  const type =
    detectionTypes[d.riskEventType] ??
    (d.activity === 'user' ? 'threat.user_risk_elevated' : 'threat.risky_signin');
  const draft: EventDraft = {
    id: d.id,
    source: 'graph-risk',
    type,
    subject: subjectOf(d.userPrincipalName, d.userId ?? d.id),
    time,
    details: detectionDetails(d),
  };
  const severity = graphSeverity(d.riskLevel);
  if (severity) draft.severity = severity;
  return eventsOf([draft]);
}

function detectionDetails(d: Detection): Record<string, unknown> {
  return compact({
    riskEventType: d.riskEventType,
    riskLevel: d.riskLevel,
    riskState: d.riskState,
    riskDetail: d.riskDetail,
    detectionSource: d.source,
    activity: d.activity,
    detectionTimingType: d.detectionTimingType,
    ipAddress: d.ipAddress,
    city: d.location?.city,
    country: d.location?.countryOrRegion,
    entraUserId: d.userId,
    requestId: d.requestId,
    correlationId: d.correlationId,
  });
}

/** The UPN; when Graph gives none, the Entra object id (the directory resolves it as an alias). */
function subjectOf(upn: string | null | undefined, objectId: string): string {
  return upn?.trim() || objectId;
}
