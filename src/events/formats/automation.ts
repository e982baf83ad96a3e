import { BlockList, isIP } from 'node:net';

/**
 * How to tell an open or click made by a mail scanner or link prefetcher from one made by a
 * person. Such events are kept but marked `details.automated = true`, with the reason in
 * `details.automatedReason`, so the risk engine can give them zero weight.
 */
export interface AutomationPolicy {
  /**
   * An interaction this many seconds or fewer after delivery is taken as a scanner's. Scanners
   * follow links within seconds of delivery, people rarely do. 10 s is a chosen default, not a
   * measured figure; tenants tune it.
   */
  maxSecondsAfterDelivery: number;
  /** CIDR blocks of the tenant's mail scanners and proxies (e.g. its secure email gateway). */
  scannerNetworks: readonly string[];
}

export const defaultAutomationPolicy: AutomationPolicy = {
  maxSecondsAfterDelivery: 10,
  scannerNetworks: [],
};

/**
 * User-agent marks of software that fetches links or images on a person's behalf: gateway URL
 * rewriters and sandboxes, mail-client image proxies, link-preview bots, headless browsers and
 * HTTP libraries. A heuristic list, matched case-insensitively.
 */
const SCANNER_AGENTS: readonly RegExp[] = [
  /headlesschrome|phantomjs|puppeteer|playwright|selenium/i,
  /googleimageproxy|yahoomailproxy|bingpreview/i,
  /barracuda|mimecast|proofpoint|urldefense|safelinks|ironport|forcepoint|zscaler|symantec|trendmicro/i,
  /microsoft office (protocol|existence) discovery|ms-office|microsoft-webdav/i,
  /bot\b|crawler|spider|slurp|facebookexternalhit|slackbot|whatsapp|skypeuripreview/i,
  /python-requests|python-urllib|go-http-client|curl\/|wget\/|java\/|okhttp|apache-httpclient|libwww/i,
];

export interface Interaction {
  userAgent?: string | undefined;
  ip?: string | undefined;
  /** Seconds between delivery and this interaction, when both are known. */
  secondsAfterDelivery?: number | undefined;
  /** Whether the source records a browser at all (KnowBe4 does; GoPhish gives the user agent). */
  browser?: string | undefined;
}

/** Why an interaction looks automated, or undefined when it looks like a person's. */
export function automationReason(
  interaction: Interaction,
  policy: AutomationPolicy = defaultAutomationPolicy,
): string | undefined {
  const reasons = [
    agentReason(interaction.userAgent),
    networkReason(interaction.ip, policy.scannerNetworks),
    timingReason(interaction.secondsAfterDelivery, policy.maxSecondsAfterDelivery),
  ].filter((r): r is string => r !== undefined);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/** `details` fields marking an automated interaction; empty for a person's. */
export function automationDetails(reason: string | undefined): Record<string, unknown> {
  return reason === undefined ? {} : { automated: true, automatedReason: reason };
}

function agentReason(userAgent: string | undefined): string | undefined {
  if (userAgent === undefined) return undefined;
  const agent = userAgent.trim();
  if (agent === '') return 'no user agent: not a browser';
  const scanner = SCANNER_AGENTS.find((pattern) => pattern.test(agent));
  if (scanner) return `user agent ${JSON.stringify(clip(agent))} is a scanner or link prefetcher`;
  // Every mainstream browser's user agent starts with Mozilla/; HTTP libraries' do not.
  if (!/^mozilla\//i.test(agent))
    return `user agent ${JSON.stringify(clip(agent))} is not a browser`;
  return undefined;
}

function networkReason(ip: string | undefined, networks: readonly string[]): string | undefined {
  if (ip === undefined || networks.length === 0) return undefined;
  const family = isIP(ip);
  if (family === 0) return undefined;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const network of networks) {
    const list = subnet(network);
    if (list?.check(ip, type)) return `address ${ip} is in scanner network ${network}`;
  }
  return undefined;
}

/** Every scanner network of a policy that is not a valid CIDR block, for configuration checks. */
export function invalidScannerNetworks(policy: AutomationPolicy): string[] {
  return policy.scannerNetworks.filter((network) => subnet(network) === undefined);
}

function subnet(cidr: string): BlockList | undefined {
  const [address, bits] = cidr.split('/');
  const family = address === undefined ? 0 : isIP(address);
  const prefix = Number(bits);
  const max = family === 4 ? 32 : 128;
  if (family === 0 || address === undefined || !/^\d+$/.test(bits ?? '') || prefix > max)
    return undefined;
  const list = new BlockList();
  list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  return list;
}

function timingReason(seconds: number | undefined, max: number): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return undefined;
  if (seconds > max) return undefined;
  return `${Math.round(seconds)} s after delivery (at most ${max} s is taken as a scanner)`;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
