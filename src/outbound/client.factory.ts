import type { Config } from '../config/config.js';
import { OutboundClient } from './http-client.js';
import { NetworkPolicy } from './network-policy.js';

/**
 * The outbound client every caller starts from: the operator's network policy and limits, and no
 * host allowed yet. Each connector or destination narrows it with `forHosts` to its own vendor.
 */
export function outboundClientOf(
  config: Pick<Config, 'outboundAllowPrivate' | 'outboundTimeoutMs' | 'outboundMaxResponseBytes'>,
): OutboundClient {
  return new OutboundClient({
    policy: new NetworkPolicy(config.outboundAllowPrivate),
    allowedHosts: [],
    timeoutMs: config.outboundTimeoutMs,
    maxResponseBytes: config.outboundMaxResponseBytes,
  });
}
