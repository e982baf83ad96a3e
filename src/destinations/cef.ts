import type { Level } from '../risk/index.js';
import type { Outgoing } from './drivers/driver.js';
import { describe } from './ocsf-risk.js';

/**
 * CEF (ArcSight Common Event Format, version 0): `CEF:0|vendor|product|version|class|name|
 * severity|extension`. In the header `\` and `|` are escaped with a backslash; in extension
 * values `\` and `=` are, and line breaks become `\n` / `\r` (integrations.md §7).
 */
export function escapeHeader(value: string): string {
  return value.replace(/[\\|]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

export function escapeExtension(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/=/g, '\\=')
    .replace(/\r\n|\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** CEF severity 0–10: Low 0–3, Medium 4–6, High 7–8, Very-High 9–10. */
const SEVERITY: Readonly<Record<Level, number>> = { low: 3, medium: 5, high: 8, critical: 10 };

export const CEF_VENDOR = 'Bulwark';
export const CEF_PRODUCT = 'Human Risk';
export const CEF_VERSION = '1';

type Extension = [key: string, value: string | number | null | undefined][];

function line(classId: string, name: string, severity: number, ext: Extension): string {
  const header = ['CEF:0', CEF_VENDOR, CEF_PRODUCT, CEF_VERSION, classId, name, String(severity)]
    .map((part, i) => (i === 0 ? part : escapeHeader(part)))
    .join('|');
  const pairs = ext
    .filter((pair): pair is [string, string | number] => pair[1] !== null && pair[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeExtension(String(v))}`);
  return `${header}|${pairs.join(' ')}`;
}

/**
 * The CEF line of what a destination sends. The person is the destination user (`duser`,
 * `duid`); the levels and index go in labelled custom fields, the change id in `externalId` so
 * that a SIEM can recognise a message it already has.
 */
export function cefOf(outgoing: Outgoing): string {
  if (outgoing.type === 'test')
    return line('destination.test', 'Bulwark destination test', 0, [
      ['rt', outgoing.at],
      ['externalId', outgoing.id],
      ['msg', 'Test message from Bulwark'],
    ]);
  if (outgoing.type === 'compromised') {
    const r = outgoing.report;
    return line('identity.compromised', 'Account confirmed compromised', 10, [
      ['rt', Date.parse(r.occurredAt)],
      ['duser', r.identity.email],
      ['duid', r.identity.id],
      ['externalId', r.id],
      ['cs1Label', 'eventSource'],
      ['cs1', r.event.source],
      ['msg', `Account of ${r.identity.email} confirmed compromised`],
    ]);
  }
  const c = outgoing.change;
  const factors = c.factors.map((f) => `${f.title} ${f.points.toFixed(1)}`).join('; ');
  return line('risk.level_changed', 'Risk level changed', c.level ? SEVERITY[c.level] : 0, [
    ['rt', Date.parse(c.occurredAt)],
    ['duser', c.identity.email],
    ['duid', c.identity.id],
    ['externalId', c.id],
    ['cs1Label', 'previousLevel'],
    ['cs1', c.previousLevel ?? 'none'],
    ['cs2Label', 'level'],
    ['cs2', c.level ?? 'none'],
    ['cs3Label', 'identityKind'],
    ['cs3', c.identity.kind],
    ['cs4Label', 'department'],
    ['cs4', c.identity.department],
    ['cn1Label', 'riskIndex'],
    ['cn1', c.score ? Math.round(c.score.risk) : undefined],
    ['cfp1Label', 'likelihood'],
    ['cfp1', c.score?.likelihood.toFixed(2)],
    ['cfp2Label', 'impact'],
    ['cfp2', c.score?.impact.toFixed(2)],
    ['msg', factors ? `${describe(c)}. Top factors: ${factors}` : describe(c)],
  ]);
}
