import dgram from 'node:dgram';
import dns from 'node:dns/promises';
import net from 'node:net';
import tls from 'node:tls';
import type { NetworkPolicy } from '../outbound/network-policy.js';
import type { DeliveryResult } from './outbox.js';
import { octetCounted } from './syslog-frame.js';

export type SyslogTransport = 'udp' | 'tcp' | 'tls';

export interface SyslogTarget {
  host: string;
  port: number;
  transport: SyslogTransport;
  /** PEM certificates to trust for TLS besides the system's (a private CA). */
  caPem?: string | undefined;
}

/** Largest UDP payload over IPv4; a longer message cannot be sent in one datagram. */
const MAX_DATAGRAM = 65_507;

/**
 * Resolves the host once and checks every address against the network policy, as the HTTP
 * client does: private, loopback and link-local addresses only when the operator allowed them,
 * and plain (unencrypted) UDP or TCP only to such an allowed network; elsewhere TLS is required.
 */
async function checkedAddress(
  target: SyslogTarget,
  policy: NetworkPolicy,
): Promise<{ address: string } | DeliveryResult> {
  let addresses: { address: string }[];
  try {
    addresses = net.isIP(target.host)
      ? [{ address: target.host }]
      : await dns.lookup(target.host, { all: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
    return { outcome: 'retry', error: `${target.host}: ${code}` };
  }
  for (const { address } of addresses) {
    const refusal = policy.refusal(address);
    if (refusal) return { outcome: 'failed', error: refusal };
    if (target.transport !== 'tls' && !policy.isAllowedPrivate(address))
      return {
        outcome: 'failed',
        error: `plain ${target.transport} to ${address} is not allowed; use tls`,
      };
  }
  const first = addresses[0];
  return first
    ? { address: first.address }
    : { outcome: 'retry', error: `${target.host} has no address` };
}

/**
 * Sends one syslog message. UDP: one datagram (RFC 5426). TCP and TLS: a connection carrying one
 * octet-counted frame, closed cleanly (RFC 6587, RFC 5425). Syslog has no acknowledgement: a
 * message counts as delivered once the datagram left or the connection closed without error.
 */
export async function sendSyslog(
  target: SyslogTarget,
  message: string,
  policy: NetworkPolicy,
  timeoutMs: number,
): Promise<DeliveryResult> {
  const checked = await checkedAddress(target, policy);
  if ('outcome' in checked) return checked;
  const where = `${target.host}:${target.port}`;
  try {
    if (target.transport === 'udp') await sendUdp(checked.address, target.port, message);
    else await sendStream(target, checked.address, octetCounted(message), timeoutMs);
    return { outcome: 'delivered' };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.message === 'too large')
      return { outcome: 'failed', error: `${where}: the message is too large for UDP` };
    return { outcome: 'retry', error: `${where}: ${e.code ?? e.message}` };
  }
}

function sendUdp(address: string, port: number, message: string): Promise<void> {
  const body = Buffer.from(message, 'utf8');
  if (body.length > MAX_DATAGRAM) return Promise.reject(new Error('too large'));
  const socket = dgram.createSocket(net.isIPv6(address) ? 'udp6' : 'udp4');
  return new Promise<void>((resolve, reject) => {
    socket.send(body, port, address, (error) => {
      socket.close();
      if (error) reject(error);
      else resolve();
    });
  });
}

function sendStream(
  target: SyslogTarget,
  address: string,
  frame: Buffer,
  timeoutMs: number,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket =
      target.transport === 'tls'
        ? tls.connect({
            host: address,
            port: target.port,
            servername: net.isIP(target.host) ? undefined : target.host,
            minVersion: 'TLSv1.2',
            ...(target.caPem ? { ca: target.caPem } : {}),
            checkServerIdentity: (_host, cert) => tls.checkServerIdentity(target.host, cert),
          })
        : net.connect({ host: address, port: target.port });
    let flushed = false;
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    // After our frame and FIN are handed over, a peer that never closes is not an error.
    socket.setTimeout(timeoutMs, () => {
      if (!flushed) return fail(new Error('no answer in time'));
      socket.destroy();
      resolve();
    });
    socket.once('error', fail);
    socket.once(target.transport === 'tls' ? 'secureConnect' : 'connect', () =>
      socket.end(frame, () => (flushed = true)),
    );
    socket.once('close', (hadError) => {
      if (!hadError) resolve();
    });
  });
}
