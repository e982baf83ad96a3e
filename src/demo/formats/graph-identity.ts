import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';
import type { JsonRecord } from './common.js';
import { isoSeconds } from './common.js';
import type { OktaPlace } from './okta.js';

const APPS = [
  { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
] as const;

export interface SignInInput {
  time: number;
  member: Member;
  place: OktaPlace;
  errorCode: number;
  failureReason?: string;
  riskLevel: 'none' | 'low' | 'medium' | 'high';
  riskEventTypes: string[];
  riskState?: 'none' | 'atRisk' | 'confirmedCompromised' | 'remediated';
  conditionalAccess: 'success' | 'failure' | 'notApplied';
  compliantDevice: boolean;
}

/** A Microsoft Graph `signIn` (v1.0 `/auditLogs/signIns`). */
export function signIn(rng: Rng, input: SignInInput): JsonRecord {
  const { member, place } = input;
  const app = rng.pick(APPS);
  return {
    id: rng.uuid(),
    createdDateTime: isoSeconds(input.time),
    userDisplayName: member.name,
    userPrincipalName: member.email,
    userId: member.ids.entra,
    appId: app.id,
    appDisplayName: app.name,
    ipAddress: place.ip,
    clientAppUsed: 'Browser',
    correlationId: rng.uuid(),
    conditionalAccessStatus: input.conditionalAccess,
    isInteractive: true,
    riskDetail: input.riskLevel === 'none' ? 'none' : 'hidden',
    riskLevelAggregated: input.riskLevel,
    riskLevelDuringSignIn: input.riskLevel,
    riskState: input.riskState ?? (input.riskLevel === 'none' ? 'none' : 'atRisk'),
    riskEventTypes: input.riskEventTypes,
    riskEventTypes_v2: input.riskEventTypes,
    resourceDisplayName: app.name,
    resourceId: app.id,
    status: {
      errorCode: input.errorCode,
      failureReason: input.failureReason ?? (input.errorCode === 0 ? 'Other.' : 'Sign-in failed.'),
      additionalDetails: null,
    },
    deviceDetail: {
      deviceId: input.compliantDevice ? member.ids.entra.replace(/^.{8}/, 'de71ce00') : '',
      displayName: input.compliantDevice ? member.ids.host : '',
      operatingSystem: /iPhone/.test(place.userAgent)
        ? 'Ios'
        : member.ids.platform === 'Mac'
          ? 'MacOs'
          : 'Windows10',
      browser: /Edg\//.test(place.userAgent) ? 'Edge 124.0.0' : 'Chrome 124.0.0',
      isCompliant: input.compliantDevice,
      isManaged: input.compliantDevice,
      trustType: input.compliantDevice ? 'Azure AD joined' : '',
    },
    location: {
      city: place.city,
      state: place.state,
      countryOrRegion: place.country,
      geoCoordinates: { altitude: null, latitude: place.latitude, longitude: place.longitude },
    },
    appliedConditionalAccessPolicies: [],
  };
}

export interface RiskyUserInput {
  time: number;
  member: Member;
  riskLevel: 'none' | 'low' | 'medium' | 'high';
  riskState: 'none' | 'atRisk' | 'confirmedCompromised' | 'remediated' | 'dismissed';
  riskDetail: string;
}

/** A Microsoft Graph `riskyUser` (`/identityProtection/riskyUsers`), as it reads after a change. */
export function riskyUser(input: RiskyUserInput): JsonRecord {
  return {
    id: input.member.ids.entra,
    isDeleted: false,
    isProcessing: false,
    riskLastUpdatedDateTime: isoSeconds(input.time),
    riskLevel: input.riskLevel,
    riskState: input.riskState,
    riskDetail: input.riskDetail,
    userDisplayName: input.member.name,
    userPrincipalName: input.member.email,
  };
}

export interface RiskDetectionInput {
  time: number;
  member: Member;
  riskEventType: string;
  riskLevel: 'low' | 'medium' | 'high';
  riskState: 'atRisk' | 'confirmedCompromised' | 'remediated' | 'dismissed';
  activity: 'signin' | 'user';
  timing: 'realtime' | 'nearRealtime' | 'offline';
  place: OktaPlace | null;
}

/** A Microsoft Graph `riskDetection` (`/identityProtection/riskDetections`). */
export function riskDetection(rng: Rng, input: RiskDetectionInput): JsonRecord {
  const { member, place } = input;
  const detected =
    input.time + (input.timing === 'offline' ? 3_600_000 * (2 + rng.int(20)) : 60_000);
  return {
    id: rng.hex(64),
    requestId: input.activity === 'signin' ? rng.uuid() : null,
    correlationId: input.activity === 'signin' ? rng.uuid() : null,
    riskEventType: input.riskEventType,
    riskState: input.riskState,
    riskLevel: input.riskLevel,
    riskDetail:
      input.riskState === 'confirmedCompromised' ? 'adminConfirmedUserCompromised' : 'none',
    source:
      input.riskEventType === 'leakedCredentials' ? 'IdentityProtection' : 'IdentityProtection',
    detectionTimingType: input.timing,
    activity: input.activity,
    tokenIssuerType: 'AzureAD',
    ipAddress: place?.ip ?? null,
    location: place
      ? {
          city: place.city,
          state: place.state,
          countryOrRegion: place.country,
          geoCoordinates: { latitude: place.latitude, longitude: place.longitude },
        }
      : null,
    activityDateTime: isoSeconds(input.time),
    detectedDateTime: isoSeconds(detected),
    lastUpdatedDateTime: isoSeconds(detected),
    userId: member.ids.entra,
    userDisplayName: member.name,
    userPrincipalName: member.email,
    additionalInfo: JSON.stringify(place ? [{ Key: 'userAgent', Value: place.userAgent }] : []),
  };
}
