import type { Level } from '../risk/index.js';

/** Syslog severities (RFC 5424 §6.2.1) for each risk level of a message. */
const SEVERITY: Readonly<Record<Level | 'none', number>> = {
  critical: 2,
  high: 4,
  medium: 5,
  low: 6,
  none: 6,
};

/** A header field: printable US-ASCII without spaces, at most `max` characters, or `-`. */
function field(value: string, max: number): string {
  const clean = value.replace(/[^\x21-\x7e]/g, '').slice(0, max);
  return clean === '' ? '-' : clean;
}

export interface SyslogHeader {
  facility: number;
  level: Level | 'none';
  time: number;
  hostname: string;
  appName: string;
  msgId: string;
}

/**
 * An RFC 5424 message: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD MSG`, no structured
 * data, the message in UTF-8 (CEF), PRI = facility × 8 + severity.
 */
export function rfc5424(header: SyslogHeader, message: string): string {
  const pri = header.facility * 8 + SEVERITY[header.level];
  return [
    `<${pri}>1`,
    new Date(header.time).toISOString(),
    field(header.hostname, 255),
    field(header.appName, 48),
    '-',
    field(header.msgId, 32),
    '-',
    message,
  ].join(' ');
}

/** Octet counting (RFC 6587 §3.4.1, as RFC 5425 frames TLS): `<length in bytes> <message>`. */
export function octetCounted(message: string): Buffer {
  const body = Buffer.from(message, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} `), body]);
}
