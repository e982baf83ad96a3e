/** A syslog frame around a message, as far as Bulwark needs it. */
export interface SyslogFrame {
  kind: 'rfc5424' | 'rfc3164' | 'none';
  /** ISO 8601 instant from an RFC 5424 header; RFC 3164 headers carry no year or zone. */
  time?: string;
  hostname?: string;
  appName?: string;
  message: string;
}

const PRI = '<(\\d{1,3})>';
const RFC5424_HEADER = new RegExp(`^${PRI}1 (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) `);
const RFC3164_HEADER = new RegExp(
  `^(?:${PRI})?([A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}) (\\S+) `,
);
/** Octet counting (RFC 6587): `<length> <message>`. */
const OCTET_COUNT = /^\d+ (?=<)/;
const BOM = '\uFEFF';

/** Removes a syslog frame (RFC 5424 or RFC 3164, octet-counted or not) from a line. */
export function unframe(line: string): SyslogFrame {
  const text = line.replace(OCTET_COUNT, '').replace(/[\r\n\0]+$/, '');
  const modern = RFC5424_HEADER.exec(text);
  if (modern) return rfc5424(text, modern);
  const legacy = RFC3164_HEADER.exec(text);
  if (legacy) {
    const frame: SyslogFrame = { kind: 'rfc3164', message: stripTag(text.slice(legacy[0].length)) };
    if (legacy[3]) frame.hostname = legacy[3];
    return frame;
  }
  return { kind: 'none', message: text };
}

function rfc5424(text: string, header: RegExpExecArray): SyslogFrame {
  const [, , timestamp, hostname, appName] = header;
  const rest = skipStructuredData(text.slice(header[0].length));
  const frame: SyslogFrame = { kind: 'rfc5424', message: rest.replace(/^ /, '').replace(BOM, '') };
  if (timestamp && timestamp !== '-') {
    const ms = Date.parse(timestamp);
    if (Number.isFinite(ms)) frame.time = new Date(ms).toISOString();
  }
  if (hostname && hostname !== '-') frame.hostname = hostname;
  if (appName && appName !== '-') frame.appName = appName;
  return frame;
}

/** Skips `-` or `[id k="v" …][…]`, where `"`, `\` and `]` may be escaped inside values. */
function skipStructuredData(text: string): string {
  if (text.startsWith('-')) return text.slice(1);
  let i = 0;
  while (text[i] === '[') {
    let quoted = false;
    for (i += 1; i < text.length; i += 1) {
      const c = text[i];
      if (c === '\\' && quoted) i += 1;
      else if (c === '"') quoted = !quoted;
      else if (c === ']' && !quoted) break;
    }
    i += 1;
  }
  return text.slice(i);
}

/** RFC 3164 messages usually start with a `tag[pid]: ` before the content. */
function stripTag(message: string): string {
  const cef = message.indexOf('CEF:');
  if (cef > 0 && /^[\w./-]+(\[\d+\])?:\s*$/.test(message.slice(0, cef))) return message.slice(cef);
  return message;
}
