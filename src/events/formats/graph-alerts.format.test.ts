import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { InputFormat, RawRecord } from './format.js';
import { graphAlertsFormat } from './graph-alerts.format.js';
import { problemsOf } from './results.js';

const fixture = (name: string): { value: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as {
    value: Record<string, unknown>[];
  };
const raw: RawRecord = { text: '', line: 1, origin: 'test' };

function eventsOf(format: InputFormat, record: unknown): EventDraft[] {
  const result = format.normalise(record, raw);
  if (result.kind !== 'events') throw new Error(`expected events, got ${JSON.stringify(result)}`);
  return result.events;
}

describe('graph-alerts', () => {
  const events = eventsOf(graphAlertsFormat, fixture('graph-alerts-page.json'));

  it('maps Defender malware, Purview DLP and user reports to the people in the evidence', () => {
    expect(events.map((e) => `${e.type} ${e.subject}`)).toEqual([
      'endpoint.malware_blocked noah.fischer@example.com',
      'data.dlp_violation aiko.tanaka@example.com',
      'phishing.real_reported sara.lind@example.com',
    ]);
    expect(events[0]).toMatchObject({
      id: 'da6375789952870511921:noah.fischer@example.com',
      severity: 'high',
      details: { threatFamily: 'Wacatac', entraUserId: 'd7cc485d-2c1b-422c-98fd-5ce52859a4a3' },
    });
    expect(events[2]?.severity).toBe('low');
  });

  it('calls malware that no evidence says was stopped executed', () => {
    const page = fixture('graph-alerts-page.json');
    const first = page.value[0] as { evidence: Record<string, unknown>[] };
    const notStopped = {
      ...first,
      evidence: first.evidence.map((e) => ({ ...e, remediationStatus: 'none' })),
    };
    expect(eventsOf(graphAlertsFormat, notStopped)[0]?.type).toBe('endpoint.malware_executed');
  });

  it('ignores false positives and alerts that name no person', () => {
    const page = fixture('graph-alerts-page.json');
    expect(graphAlertsFormat.normalise(page.value[3], raw)).toEqual({
      kind: 'ignored',
      reason: 'alert classified as a false positive',
    });
    expect(graphAlertsFormat.normalise(page.value[4], raw).kind).toBe('ignored');
  });

  it('keeps good alerts next to a bad one', () => {
    const page = fixture('graph-alerts-page.json');
    page.value.push({ id: 'broken', title: 3 });
    const result = graphAlertsFormat.normalise(page, raw);
    expect(result.kind).toBe('events');
    expect(problemsOf(result)).toContain('value[5].title: expected string, received number');
  });
});
