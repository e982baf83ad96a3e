import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { InputFormat, RawRecord } from './format.js';
import { graphSigninsFormat } from './graph-signins.format.js';

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

describe('graph-signins', () => {
  const events = eventsOf(graphSigninsFormat, fixture('graph-signins-page.json'));

  it('maps failures by error code, skips interrupts and plain successes, flags risky sign-ins', () => {
    expect(events.map((e) => `${e.id?.slice(-2)} ${e.type}`)).toEqual([
      '01 auth.signin_failed',
      '03 auth.policy_denied',
      '04 auth.account_locked',
      '05 auth.mfa_push_denied',
      'sk threat.risky_signin',
    ]);
    expect(events[4]).toMatchObject({
      id: '66ea54eb-6301-4ee5-be62-ff5a759b0106:risk',
      subject: 'noah.fischer@example.com',
      severity: 'high',
      time: '2026-05-03T10:15:24.000Z',
      details: { riskEventTypes: ['anonymizedIPAddress', 'unfamiliarFeatures'] },
    });
    expect(events[3]?.details.mfaPush).toMatchObject({ phase: 'denied' });
  });

  it('reads a single sign-in and reports a bad errorCode with its path', () => {
    const page = fixture('graph-signins-page.json');
    expect(eventsOf(graphSigninsFormat, page.value[0])).toHaveLength(1);
    const bad = { ...page.value[0], status: { errorCode: '50126' } };
    expect(graphSigninsFormat.normalise({ value: [bad] }, raw)).toEqual({
      kind: 'rejected',
      reason: 'value[0].status.errorCode: expected number, received string',
    });
  });
});
