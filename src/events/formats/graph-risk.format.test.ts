import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { InputFormat, RawRecord } from './format.js';
import { graphRiskFormat } from './graph-risk.format.js';

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

describe('graph-risk', () => {
  it('turns at-risk and compromised users into events keyed by their update time', () => {
    const events = eventsOf(graphRiskFormat, fixture('graph-risky-users-page.json'));
    expect(events.map((e) => `${e.type} ${e.subject}`)).toEqual([
      'threat.user_risk_elevated noah.fischer@example.com',
      'auth.account_compromised aiko.tanaka@example.com',
    ]);
    expect(events[0]).toMatchObject({
      id: 'c3a7f9b1-2d4e-4f6a-8b0c-1d2e3f4a5b6c:2026-05-03T11:02:44.123Z',
      severity: 'high',
    });
  });

  it('maps risk detections by type and ignores dismissed ones', () => {
    const events = eventsOf(graphRiskFormat, fixture('graph-risk-detections-page.json'));
    expect(events.map((e) => e.type)).toEqual([
      'threat.risky_signin',
      'threat.leaked_credentials',
      'threat.password_spray_targeted',
    ]);
    expect(events[0]).toMatchObject({
      id: '6a5874ca-3f5e-4d8b-b0a7-9c1d2e3f4a01',
      severity: 'medium',
    });
  });

  it('rejects a record that is neither shape', () => {
    expect(graphRiskFormat.normalise({ value: [{ id: 'x' }] }, raw)).toMatchObject({
      kind: 'rejected',
      reason: expect.stringContaining('value[0]: expected a riskyUser') as unknown,
    });
  });
});
