import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';

/** The ingest format names of PRODUCT.md that the demo writes. */
export const demoFormats = [
  'gophish',
  'proofpoint-tap',
  'okta',
  'graph-signins',
  'graph-risk',
  'graph-alerts',
  'crowdstrike',
  'knowbe4',
  'ocsf',
] as const;

export type DemoFormat = (typeof demoFormats)[number];

export type JsonRecord = Record<string, unknown>;

export function iso(time: number): string {
  return new Date(time).toISOString();
}

/** ISO 8601 without milliseconds, as several Microsoft and Proofpoint samples print it. */
export function isoSeconds(time: number): string {
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

/** An address of the member's office egress (198.51.100.0/24, RFC 5737 documentation range). */
export function officeIp(rng: Rng, member: Member): string {
  return `198.51.100.${member.location.egressBase + 1 + rng.int(30)}`;
}

/** A home broadband address in the IPv6 documentation prefix 2001:db8::/32 (RFC 3849). */
export function homeIp(member: Member): string {
  const site = (member.location.egressBase / 32).toString(16);
  const high = (member.index >>> 16).toString(16);
  const low = (member.index & 0xffff).toString(16);
  return `2001:db8:${site}:${high}:${low}::1`;
}

/** Where a member signs in from on a normal day: the office three times in five, else home. */
export function usualIp(rng: Rng, member: Member): string {
  return rng.chance(0.6) ? officeIp(rng, member) : homeIp(member);
}

/** Attacker infrastructure, in 203.0.113.0/24 (RFC 5737). */
export function attackerIp(rng: Rng): string {
  return `203.0.113.${1 + rng.int(254)}`;
}

/** Mail scanners and link prefetchers of the demo, in 192.0.2.0/24 (RFC 5737). */
export const SCANNER_NETWORK = '192.0.2.0/24';

export function scannerIp(rng: Rng): string {
  return `192.0.2.${1 + rng.int(254)}`;
}

const WINDOWS_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
] as const;

const MAC_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
] as const;

const PHONE_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

/** The browser a member uses: their laptop's most of the time, their phone otherwise. */
export function browserAgent(rng: Rng, member: Member): string {
  if (rng.chance(0.2)) return PHONE_AGENT;
  return rng.pick(member.ids.platform === 'Mac' ? MAC_AGENTS : WINDOWS_AGENTS);
}

/**
 * What link scanners send: nothing, an HTTP library, a scanner's own name, or an outdated
 * desktop browser string that looks like a person (the hard case GoPhish users complain of).
 */
export const SCANNER_AGENTS = [
  '',
  'python-requests/2.31.0',
  'Mozilla/5.0 (compatible; SafeLinks URL detonation)',
  'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2272.101 Safari/537.36',
] as const;

export const ATTACKER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36';

/** The user name part of an email address. */
export function localPart(email: string): string {
  return email.slice(0, email.indexOf('@'));
}
