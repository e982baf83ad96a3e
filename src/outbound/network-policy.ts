import net from 'node:net';

/**
 * Address ranges an outbound request must not reach unless an operator allows them: loopback,
 * private (RFC 1918, RFC 4193), link-local (where cloud metadata services answer), shared
 * carrier-grade NAT, "this network", multicast and the reserved blocks. A connector pointed at one
 * of these could read internal services on Bulwark's behalf (server-side request forgery).
 */
const RESERVED: readonly (readonly [string, number, 'ipv4' | 'ipv6', string])[] = [
  ['0.0.0.0', 8, 'ipv4', 'this-network'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'reserved'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['64:ff9b::', 96, 'ipv6', 'NAT64'],
  ['fc00::', 7, 'ipv6', 'private'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const CIDR = /^([^/]+)\/(\d{1,3})$/;

/** Parses `a.b.c.d/n` or `x::/n`; a bare address is a single host. Returns a problem as a string. */
export function parseCidr(
  text: string,
): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | string {
  const trimmed = text.trim();
  const m = CIDR.exec(trimmed);
  const address = m?.[1] ?? trimmed;
  const version = net.isIP(address);
  if (version === 0) return `"${text}" is not an IP address or CIDR block`;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const max = version === 4 ? 32 : 128;
  const prefix = m?.[2] === undefined ? max : Number(m[2]);
  if (prefix > max) return `"${text}": a ${family} prefix is at most /${max}`;
  return { address, prefix, family };
}

/** Which addresses outbound requests may connect to. */
export class NetworkPolicy {
  private readonly reserved: { list: net.BlockList; label: string }[];
  private readonly allowed = new net.BlockList();

  /** `allow` lists reserved networks (CIDR) that the operator lets requests reach anyway. */
  constructor(allow: readonly string[] = []) {
    this.reserved = RESERVED.map(([address, prefix, family, label]) => {
      const list = new net.BlockList();
      list.addSubnet(address, prefix, family);
      return { list, label };
    });
    for (const cidr of allow) {
      const parsed = parseCidr(cidr);
      if (typeof parsed === 'string') throw new Error(parsed);
      this.allowed.addSubnet(parsed.address, parsed.prefix, parsed.family);
    }
  }

  /** Why `ip` may not be reached, or undefined when it may. */
  refusal(ip: string): string | undefined {
    const version = net.isIP(ip);
    if (version === 0) return `"${ip}" is not an IP address`;
    const family = version === 4 ? 'ipv4' : 'ipv6';
    const hit = this.reserved.find((r) => r.list.check(ip, family));
    if (!hit || this.allowed.check(ip, family)) return undefined;
    return `${ip} is a ${hit.label} address; allow it with BULWARK_OUTBOUND_ALLOW_PRIVATE if this is intended`;
  }

  /** Whether `ip` is in a network the operator allowed (plain http is accepted only there). */
  isAllowedPrivate(ip: string): boolean {
    const version = net.isIP(ip);
    return version !== 0 && this.allowed.check(ip, version === 4 ? 'ipv4' : 'ipv6');
  }
}
