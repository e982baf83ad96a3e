import os from 'node:os';
import { z } from 'zod';
import { cefOf } from '../cef.js';
import { sendSyslog } from '../syslog-sender.js';
import { rfc5424 } from '../syslog-frame.js';
import type { Outgoing } from './driver.js';
import { defineDestination } from './driver.js';

const settings = z.object({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535).default(6514),
  transport: z.enum(['udp', 'tcp', 'tls']).default('tls'),
  /** Syslog facility; 10 is security/authorization (authpriv), 13 log audit. */
  facility: z.number().int().min(0).max(23).default(10),
  hostname: z.string().min(1).max(255).default(os.hostname()),
  caPem: z.string().min(1).max(65_536).optional().describe('PEM certificates to trust for TLS'),
});
const credentials = z.object({});

function levelOf(outgoing: Outgoing) {
  if (outgoing.type === 'level-change') return outgoing.change.level ?? 'none';
  return outgoing.type === 'compromised' ? 'critical' : 'none';
}

function timeOf(outgoing: Outgoing): number {
  if (outgoing.type === 'level-change') return Date.parse(outgoing.change.occurredAt);
  if (outgoing.type === 'compromised') return Date.parse(outgoing.report.occurredAt);
  return outgoing.at;
}

/**
 * CEF over syslog: each message one RFC 5424 syslog message whose text is a CEF line, sent over
 * UDP (RFC 5426), TCP (octet counting, RFC 6587) or TLS (RFC 5425).
 */
export const syslogCef = defineDestination({
  kind: 'syslog-cef',
  title: 'CEF over syslog (RFC 5424; UDP, TCP or TLS)',
  settings,
  credentials,
  hosts: () => [],
  wants: () => ({ levelChanges: true, membership: false, compromises: true }),
  send({ settings: s, tools }, outgoing) {
    const message = rfc5424(
      {
        facility: s.facility,
        level: levelOf(outgoing),
        time: timeOf(outgoing),
        hostname: s.hostname,
        appName: 'bulwark',
        msgId: outgoing.type === 'test' ? 'test' : 'risk',
      },
      cefOf(outgoing),
    );
    return sendSyslog(
      { host: s.host, port: s.port, transport: s.transport, caPem: s.caPem },
      message,
      tools.policy,
      tools.timeoutMs,
    );
  },
});
