import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';
import type { JsonRecord } from './common.js';
import { iso } from './common.js';

export interface OktaPlace {
  ip: string;
  userAgent: string;
  city: string;
  state: string;
  country: string;
  latitude: number;
  longitude: number;
  /** Whether the address belongs to the organisation's networks. */
  onNetwork: boolean;
  asOrg: string;
}

export interface OktaEventInput {
  time: number;
  eventType: string;
  displayMessage: string;
  severity: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  actor: Member;
  place: OktaPlace;
  result: 'SUCCESS' | 'FAILURE' | 'SKIPPED' | 'ALLOW' | 'DENY' | 'CHALLENGE' | 'UNKNOWN';
  reason?: string;
  /** Targets besides none; the user themself for factor and risk events. */
  targetUser?: boolean;
  factorTarget?: string;
  debugData?: JsonRecord;
  sessionId?: string | null;
  transactionId?: string;
}

/** An Okta System Log `LogEvent` as `GET /api/v1/logs` returns it. */
export function oktaEvent(rng: Rng, input: OktaEventInput): JsonRecord {
  const { actor, place } = input;
  return {
    uuid: rng.uuid(),
    published: iso(input.time),
    eventType: input.eventType,
    version: '0',
    severity: input.severity,
    legacyEventType: null,
    displayMessage: input.displayMessage,
    actor: user(actor),
    client: client(input),
    device: null,
    authenticationContext: {
      authenticationProvider: null,
      credentialProvider: null,
      credentialType: null,
      issuer: null,
      interface: null,
      authenticationStep: 0,
      externalSessionId:
        input.sessionId === undefined ? `102${rng.text(22, ALNUM)}` : input.sessionId,
    },
    outcome: { result: input.result, reason: input.reason ?? null },
    securityContext: {
      asNumber: place.onNetwork ? 64_500 : 64_496 + rng.int(4),
      asOrg: place.asOrg,
      isp: place.asOrg,
      domain: null,
      isProxy: !place.onNetwork && /proxy|VPN/i.test(place.asOrg),
    },
    debugContext: { debugData: { requestId: rng.text(27, ALNUM), ...input.debugData } },
    transaction: { type: 'WEB', id: input.transactionId ?? rng.text(27, ALNUM), detail: {} },
    request: {
      ipChain: [
        {
          ip: place.ip,
          geographicalContext: geo(place),
          version: ipVersion(place.ip),
          source: null,
        },
      ],
    },
    target: targets(input),
  };
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function user(member: Member): JsonRecord {
  return {
    id: member.ids.okta,
    type: 'User',
    alternateId: member.email,
    displayName: member.name,
    detailEntry: null,
  };
}

function client(input: OktaEventInput): JsonRecord {
  const { place } = input;
  return {
    userAgent: {
      rawUserAgent: place.userAgent,
      os: osOf(place.userAgent),
      browser: browserOf(place.userAgent),
    },
    zone: place.onNetwork ? 'Office' : 'null',
    device: /iPhone/.test(place.userAgent) ? 'Mobile' : 'Computer',
    id: null,
    ipAddress: place.ip,
    geographicalContext: geo(place),
  };
}

function geo(place: OktaPlace): JsonRecord {
  return {
    city: place.city,
    state: place.state,
    country: place.country,
    postalCode: null,
    geolocation: { lat: place.latitude, lon: place.longitude },
  };
}

function targets(input: OktaEventInput): JsonRecord[] | null {
  const list: JsonRecord[] = [];
  if (input.targetUser) list.push(user(input.actor));
  if (input.factorTarget)
    list.push({
      id: `pfd${input.actor.ids.okta.slice(3, 17)}`,
      type: 'AuthenticatorEnrollment',
      alternateId: 'unknown',
      displayName: input.factorTarget,
      detailEntry: { methodTypeUsed: input.factorTarget },
    });
  return list.length > 0 ? list : null;
}

function osOf(agent: string): string {
  if (/iPhone/.test(agent)) return 'iOS';
  if (/Macintosh/.test(agent)) return 'Mac OS X';
  if (/Windows/.test(agent)) return 'Windows 10';
  if (/Linux/.test(agent)) return 'Linux';
  return 'Unknown';
}

function browserOf(agent: string): string {
  if (/Edg\//.test(agent)) return 'EDGE_CHROMIUM';
  if (/Chrome\//.test(agent)) return 'CHROME';
  if (/Safari\//.test(agent)) return /Mobile/.test(agent) ? 'SAFARI_MOBILE' : 'SAFARI';
  return 'UNKNOWN';
}

function ipVersion(ip: string): string {
  return ip.includes(':') ? 'V6' : 'V4';
}
