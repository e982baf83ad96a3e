import type { Severity } from '../../catalog/behaviour.js';
import type { EventDraft } from '../event.js';
import type { CefRecord } from './cef.parse.js';
import { parseCef } from './cef.parse.js';
import { cefBehaviour } from './cef.rules.js';
import type { InputFormat, Normalised } from './format.js';
import { kindOf } from './problems.js';
import type { SyslogFrame } from './syslog.js';
import { unframe } from './syslog.js';
import { compact, isoFromEpoch, redactUrl } from './values.js';

/** CEF lines, bare or inside RFC 5424 / RFC 3164 syslog frames (from files, HTTP or a listener). */
export const cefFormat: InputFormat = {
  name: 'cef',
  encoding: 'text',
  normalise(record: unknown): Normalised {
    if (typeof record !== 'string')
      return { kind: 'rejected', reason: `(record): expected a text line, got ${kindOf(record)}` };
    if (record.trim() === '') return { kind: 'ignored', reason: 'empty line' };
    const frame = unframe(record);
    const parsed = parseCef(frame.message);
    if (!parsed.ok) return { kind: 'rejected', reason: `CEF: ${parsed.problem}` };
    return toEvent(parsed.cef, frame);
  },
};

function toEvent(cef: CefRecord, frame: SyslogFrame): Normalised {
  const label = `${cef.vendor} ${cef.product} ${JSON.stringify(cef.name)}`;
  const type = cefBehaviour(cef);
  if (type === undefined)
    return {
      kind: 'ignored',
      reason: `CEF ${label} (signature ${cef.signatureId}): no behaviour matches`,
    };
  const subject = personOf(cef.extensions);
  if (subject === undefined)
    return { kind: 'ignored', reason: `CEF ${label}: names no person (duser, suser, duid, suid)` };
  const time = cefTime(cef.extensions) ?? frame.time;
  if (time === undefined)
    return {
      kind: 'rejected',
      reason:
        'time: the line has no rt, end or start field and its syslog header gives no year (send rt= or use RFC 5424)',
    };
  const draft: EventDraft = { source: 'cef', type, subject, time, details: details(cef, frame) };
  const externalId = cef.extensions.externalId?.trim();
  // Device event ids are unique per device only, so the vendor and product qualify them.
  if (externalId) draft.id = `${cef.vendor}|${cef.product}|${externalId}`;
  const severity = cefSeverity(cef.severity);
  if (severity) draft.severity = severity;
  return { kind: 'events', events: [draft] };
}

const SYSTEM_ACCOUNT =
  /^((nt ?authority|nt-autorität)\\)?(system|local service|network service)$|\$$/i;

/** `duser` is the person at the event's destination (the account signed into, the host's user). */
function personOf(ext: Record<string, string>): string | undefined {
  for (const key of ['duser', 'suser', 'duid', 'suid']) {
    const value = ext[key]?.trim();
    if (value && !SYSTEM_ACCOUNT.test(value)) return value;
  }
  return undefined;
}

/** `rt`, `end` or `start`: epoch milliseconds, ISO 8601, or `MMM dd yyyy HH:mm:ss[.SSS] [zone]`. */
function cefTime(ext: Record<string, string>): string | undefined {
  for (const key of ['rt', 'end', 'start']) {
    const value = ext[key]?.trim();
    if (!value) continue;
    const time = /^\d+$/.test(value) ? isoFromEpoch(Number(value)) : textTime(value);
    if (time) return time;
  }
  return undefined;
}

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const ARCSIGHT_TIME =
  /^([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(?: (Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/;

function textTime(value: string): string | undefined {
  const m = ARCSIGHT_TIME.exec(value);
  if (!m)
    return /^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:?\d{2})$/.test(value)
      ? isoFromEpoch(Date.parse(value))
      : undefined;
  const [, mon = '', day, year, hh, mm, ss, frac = '', zone = 'UTC'] = m;
  const month = MONTHS.indexOf(mon.toLowerCase()) / 3 + 1;
  if (month < 1 || !Number.isInteger(month)) return undefined;
  const offset = /^[+-]/.test(zone) ? zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z';
  const iso = `${year}-${String(month).padStart(2, '0')}-${day?.padStart(2, '0')}T${hh}:${mm}:${ss}${frac}${offset}`;
  return isoFromEpoch(Date.parse(iso));
}

/** CEF severity bands 0–3 low, 4–6 medium, 7–8 high, 9–10 very high (integrations.md §7). */
function cefSeverity(value: string): Severity | undefined {
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n > 10) return undefined;
    return n <= 3 ? 'low' : n <= 6 ? 'medium' : n <= 8 ? 'high' : 'critical';
  }
  const words: Record<string, Severity> = {
    low: 'low',
    medium: 'medium',
    high: 'high',
    'very-high': 'critical',
  };
  return words[value.toLowerCase()];
}

const SECRET = /pass(word|wd)?|secret|token|credential|cookie|api.?key/i;
const KEPT = [
  'act',
  'cat',
  'outcome',
  'msg',
  'reason',
  'app',
  'src',
  'dst',
  'shost',
  'dhost',
  'suser',
  'duser',
  'request',
  'requestClientApplication',
  'fname',
  'filePath',
  'fileHash',
  'externalId',
];

function details(cef: CefRecord, frame: SyslogFrame): Record<string, unknown> {
  const ext = cef.extensions;
  const kept: Record<string, unknown> = {};
  for (const key of KEPT) kept[key] = key === 'request' ? redactUrl(ext[key]) : ext[key];
  return compact({
    vendor: cef.vendor,
    product: cef.product,
    deviceVersion: cef.deviceVersion,
    signatureId: cef.signatureId,
    name: cef.name,
    cefSeverity: cef.severity,
    syslogHost: frame.hostname,
    ...kept,
    custom: customFields(ext),
  });
}

/** `csN`/`cnN` values under their `csNLabel`; never a field whose name suggests a secret. */
function customFields(ext: Record<string, string>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(ext)) {
    const m = /^(cs|cn|flexString|deviceCustomString)(\d)$/.exec(key);
    if (!m) continue;
    const label = ext[`${key}Label`] ?? key;
    if (!SECRET.test(label)) out[label] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
