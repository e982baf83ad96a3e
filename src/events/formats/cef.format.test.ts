import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import { cefFormat } from './cef.format.js';
import { parseCef, parseExtension } from './cef.parse.js';
import type { Normalised, RawRecord } from './format.js';
import { unframe } from './syslog.js';

const lines = readFileSync(new URL('./fixtures/cef-lines.txt', import.meta.url), 'utf8').split(
  '\n',
);
const raw: RawRecord = { text: '', line: 1, origin: 'test' };
const normalise = (n: number): Normalised => cefFormat.normalise(lines[n], raw);

function eventOf(n: number): EventDraft {
  const result = normalise(n);
  if (result.kind !== 'events' || result.events.length !== 1)
    throw new Error(`line ${n}: ${JSON.stringify(result)}`);
  return result.events[0] as EventDraft;
}

describe('CEF parsing', () => {
  it('splits the header on unescaped pipes and the extension on unescaped equals signs', () => {
    const parsed = parseCef(
      'CEF:0|Ven\\|dor|Prod|1.0|42|Name with = sign|7|msg=a b\\=c d src=10.0.0.1 path=C:\\\\x',
    );
    expect(parsed).toMatchObject({
      ok: true,
      cef: {
        vendor: 'Ven|dor',
        name: 'Name with = sign',
        severity: '7',
        extensions: { msg: 'a b=c d', src: '10.0.0.1', path: 'C:\\x' },
      },
    });
  });

  it('reads newline escapes and keeps values with spaces', () => {
    expect(parseExtension('msg=line one\\nline two act=blocked')).toEqual({
      msg: 'line one\nline two',
      act: 'blocked',
    });
  });

  it('removes RFC 5424 (with structured data and octet counting) and RFC 3164 frames', () => {
    expect(unframe(lines[0] ?? '')).toMatchObject({
      kind: 'rfc5424',
      time: '2026-05-05T10:00:00.000Z',
      hostname: 'proxy01.example.com',
    });
    expect(unframe(lines[3] ?? '').message.startsWith('CEF:0|Symantec')).toBe(true);
    expect(unframe(lines[1] ?? '')).toMatchObject({ kind: 'rfc3164', hostname: 'mail-gw01' });
    expect(unframe(lines[1] ?? '').message.startsWith('CEF:0|Acme')).toBe(true);
  });
});

describe('cef format', () => {
  it('maps a blocked phishing URL and redacts secrets in the URL', () => {
    const event = eventOf(0);
    expect(event).toMatchObject({
      source: 'cef',
      type: 'phishing.real_click_blocked',
      subject: 'priya.shah@example.com',
      severity: 'high',
      time: '2026-05-05T10:00:00.000Z',
      details: { vendor: 'Zscaler', product: 'NSSWeblog', act: 'Blocked' },
    });
    expect(event.details.request).toBe(
      'https://login-micros0ft.example.net/auth?id=1&token=REDACTED',
    );
  });

  it('maps a user phishing report with its ArcSight-format time and namespaced id', () => {
    expect(eventOf(1)).toMatchObject({
      id: 'Acme|Mail Gateway|rep-88213',
      type: 'phishing.real_reported',
      subject: 'tom.baker@example.com',
      time: '2026-05-05T10:05:00.000Z',
      severity: 'low',
    });
  });

  it('maps unapproved software, quarantined malware and a failed logon', () => {
    expect(eventOf(2)).toMatchObject({
      type: 'endpoint.unapproved_software',
      subject: 'CORP\\jdoe',
      severity: 'medium',
    });
    const malware = eventOf(3);
    expect(malware).toMatchObject({
      type: 'endpoint.malware_blocked',
      subject: 'ana.lima@example.com',
      severity: 'critical',
    });
    expect(malware.details.custom).toEqual({ 'Scan type': 'Auto-Protect' });
    expect(JSON.stringify(malware)).not.toContain('hunter2');
    expect(eventOf(4)).toMatchObject({
      type: 'auth.signin_failed',
      subject: 'maria.garcia@example.com',
    });
  });

  it('takes a catalogue type named in cat as it is', () => {
    expect(eventOf(9)).toMatchObject({
      type: 'device.removable_media',
      time: '2026-05-05T10:00:00.000Z',
    });
  });

  it('ignores unmapped events and system accounts, rejects bad headers and undatable lines', () => {
    expect(normalise(5)).toMatchObject({
      kind: 'ignored',
      reason: expect.stringContaining('no behaviour matches') as unknown,
    });
    expect(normalise(6)).toMatchObject({
      kind: 'ignored',
      reason: expect.stringContaining('names no person') as unknown,
    });
    expect(normalise(7)).toEqual({
      kind: 'rejected',
      reason: 'CEF: header has 2 of the 7 "|"-separated fields',
    });
    expect(normalise(8)).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/^time: /) as unknown,
    });
    expect(cefFormat.normalise({ not: 'text' }, raw)).toMatchObject({ kind: 'rejected' });
  });
});
