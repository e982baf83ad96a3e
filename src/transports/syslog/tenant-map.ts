import net from 'node:net';
import { parseCidr } from '../../outbound/network-policy.js';

export interface SourceNetwork {
  network: string;
  tenantId: string;
}

/**
 * Which tenant a syslog sender belongs to, by its address: the most specific network a tenant
 * claimed wins; a sender in no claimed network goes to the default tenant, if one is set.
 */
export class TenantMap {
  private readonly entries: { list: net.BlockList; prefix: number; tenantId: string }[];

  constructor(
    sources: readonly SourceNetwork[],
    private readonly defaultTenantId: string | undefined,
  ) {
    this.entries = sources
      .map((s) => {
        const parsed = parseCidr(s.network);
        if (typeof parsed === 'string') return undefined;
        const list = new net.BlockList();
        list.addSubnet(parsed.address, parsed.prefix, parsed.family);
        return { list, prefix: parsed.prefix, tenantId: s.tenantId };
      })
      .filter((e) => e !== undefined)
      .sort((a, b) => b.prefix - a.prefix);
  }

  tenantFor(address: string): string | undefined {
    const ip =
      address.startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
    const family = net.isIPv4(ip) ? 'ipv4' : 'ipv6';
    if (net.isIP(ip) === 0) return this.defaultTenantId;
    return this.entries.find((e) => e.list.check(ip, family))?.tenantId ?? this.defaultTenantId;
  }
}
