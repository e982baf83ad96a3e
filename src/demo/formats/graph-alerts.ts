import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';
import type { JsonRecord } from './common.js';
import { iso, localPart } from './common.js';

const TENANT_ID = '7d3c9a2e-5b1f-4e8a-9c6d-2f0e1b4a8c73';

export type AlertSource =
  | 'microsoftDefenderForOffice365'
  | 'microsoftDefenderForEndpoint'
  | 'dataLossPrevention'
  | 'microsoftDefenderForCloudApps';

const DETECTION_SOURCE: Readonly<Record<AlertSource, string>> = {
  microsoftDefenderForOffice365: 'microsoftDefenderForOffice365',
  microsoftDefenderForEndpoint: 'microsoftDefenderForEndpoint',
  dataLossPrevention: 'microsoftDataLossPrevention',
  microsoftDefenderForCloudApps: 'microsoftDefenderForCloudApps',
};

export interface AlertInput {
  time: number;
  member: Member;
  serviceSource: AlertSource;
  title: string;
  description: string;
  category: string;
  severity: 'informational' | 'low' | 'medium' | 'high';
  status: 'new' | 'inProgress' | 'resolved';
  classification: 'truePositive' | 'falsePositive' | 'informationalExpectedActivity' | null;
  determination: string | null;
  mitreTechniques: string[];
  /** Minutes from the activity to the alert. */
  delayMinutes: number;
  extraEvidence?: JsonRecord[];
}

/** A Microsoft Graph security `alert` (`/security/alerts_v2`) with the user as evidence. */
export function securityAlert(rng: Rng, input: AlertInput): JsonRecord {
  const created = input.time + input.delayMinutes * 60_000;
  const resolved = input.status === 'resolved' ? created + (1 + rng.int(48)) * 3_600_000 : null;
  const id = `${prefix(input.serviceSource)}${rng.hex(30)}`;
  return {
    id,
    providerAlertId: rng.uuid(),
    incidentId: String(1000 + rng.int(90_000)),
    status: input.status,
    severity: input.severity,
    classification: input.classification,
    determination: input.determination,
    serviceSource: input.serviceSource,
    detectionSource: DETECTION_SOURCE[input.serviceSource],
    detectorId: rng.uuid(),
    tenantId: TENANT_ID,
    title: input.title,
    description: input.description,
    recommendedActions: '',
    category: input.category,
    mitreTechniques: input.mitreTechniques,
    assignedTo: input.status === 'new' ? null : 'secops@haldenrowe.example',
    alertWebUrl: `https://security.microsoft.com/alerts/${id}?tid=${TENANT_ID}`,
    incidentWebUrl: `https://security.microsoft.com/incidents?tid=${TENANT_ID}`,
    actorDisplayName: null,
    threatDisplayName: null,
    threatFamilyName: null,
    createdDateTime: iso(created),
    lastUpdateDateTime: iso(resolved ?? created),
    resolvedDateTime: resolved === null ? null : iso(resolved),
    firstActivityDateTime: iso(input.time),
    lastActivityDateTime: iso(input.time),
    comments: [],
    evidence: [userEvidence(input.member, created), ...(input.extraEvidence ?? [])],
    systemTags: [],
  };
}

function prefix(source: AlertSource): string {
  if (source === 'microsoftDefenderForOffice365') return 'fa';
  if (source === 'dataLossPrevention') return 'dl';
  if (source === 'microsoftDefenderForCloudApps') return 'ca';
  return 'da';
}

function userEvidence(member: Member, time: number): JsonRecord {
  return {
    '@odata.type': '#microsoft.graph.security.userEvidence',
    createdDateTime: iso(time),
    verdict: 'suspicious',
    remediationStatus: 'none',
    remediationStatusDetails: null,
    roles: [],
    tags: [],
    userAccount: {
      accountName: localPart(member.email),
      azureAdUserId: member.ids.entra,
      displayName: member.name,
      domainName: member.email.slice(member.email.indexOf('@') + 1),
      userPrincipalName: member.email,
      userSid: `S-1-5-21-${1_000_000 + member.index}`,
    },
  };
}

/** Evidence of a file a DLP policy matched or a mail that carried a lure. */
export function fileEvidence(name: string, sha256: string, time: number): JsonRecord {
  return {
    '@odata.type': '#microsoft.graph.security.fileEvidence',
    createdDateTime: iso(time),
    verdict: 'suspicious',
    remediationStatus: 'none',
    roles: [],
    tags: [],
    fileDetails: { fileName: name, sha256, fileSize: 20_000 + (sha256.charCodeAt(0) % 50) * 1000 },
  };
}

export function urlEvidence(url: string, time: number): JsonRecord {
  return {
    '@odata.type': '#microsoft.graph.security.urlEvidence',
    createdDateTime: iso(time),
    verdict: 'malicious',
    remediationStatus: 'none',
    roles: [],
    tags: [],
    url,
  };
}
