import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import { crowdstrikeFormat } from './crowdstrike.format.js';
import type { RawRecord } from './format.js';
import { problemsOf } from './results.js';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const raw: RawRecord = { text: '', line: 1, origin: 'test' };

function eventsOf(record: unknown): EventDraft[] {
  const result = crowdstrikeFormat.normalise(record, raw);
  if (result.kind !== 'events') throw new Error(`expected events, got ${JSON.stringify(result)}`);
  return result.events;
}

describe('crowdstrike Alerts API', () => {
  const events = eventsOf(fixture('crowdstrike-alerts-response.json'));

  it('maps prevention, execution, identity and tampering, and skips SYSTEM', () => {
    expect(events.map((e) => `${e.type} ${e.subject} ${e.severity ?? '-'}`)).toEqual([
      'endpoint.malware_blocked noah.fischer high',
      'endpoint.suspicious_script aiko.tanaka@example.com medium',
      'threat.password_spray_targeted sara.lind@example.com low',
      'endpoint.security_tool_tampering CORP\\tom.baker high',
    ]);
  });

  it('keeps the composite id, time and what ran', () => {
    expect(events[0]).toMatchObject({
      id: 'ab6b8b4a1ebf4b8e8bf0a0c0f7a2c1d3:ind:2ce412d17b334ad4adc8c1c54dbfec4b:1712345678901-10304-1234567',
      source: 'crowdstrike',
      time: '2026-05-04T12:59:01.412Z',
      details: {
        hostname: 'WS-0142',
        fileName: 'invoice_2291.exe',
        disposition: 'Prevention, process killed.',
      },
    });
  });

  it('calls malware the sensor did not stop executed', () => {
    const response = fixture('crowdstrike-alerts-response.json');
    const first = (response.resources as Record<string, unknown>[])[0];
    const detected = {
      ...first,
      pattern_disposition_description: 'Detection, standard detection.',
      pattern_disposition_details: { detect: true },
    };
    expect(eventsOf(detected)[0]?.type).toBe('endpoint.malware_executed');
  });

  it('lists a bad resource with its index and keeps the others', () => {
    const response = fixture('crowdstrike-alerts-response.json');
    (response.resources as unknown[]).push({ composite_id: 7 });
    const result = crowdstrikeFormat.normalise(response, raw);
    expect(result.kind).toBe('events');
    expect(problemsOf(result)).toEqual([
      'resources[5].composite_id: expected string, received number',
    ]);
  });
});

describe('crowdstrike Event Streams', () => {
  it('reads an EPP detection summary with its epoch-millisecond time; adware is unapproved software', () => {
    const [event] = eventsOf(fixture('crowdstrike-stream-epp-summary.json'));
    expect(event).toMatchObject({
      id: 'ab6b8b4a1ebf4b8e8bf0a0c0f7a2c1d3:ind:2ce412d17b334ad4adc8c1c54dbfec4b:1714835940-6666666',
      type: 'endpoint.unapproved_software',
      subject: 'noah.fischer',
      severity: 'low',
      time: '2024-05-04T15:19:01.000Z',
    });
  });

  it('matches the event type without regard to case and ignores other stream events', () => {
    const summary = fixture('crowdstrike-stream-epp-summary.json');
    const lower = {
      ...summary,
      metadata: { ...(summary.metadata as object), eventType: 'EppDetectionSummaryEvent' },
    };
    expect(eventsOf(lower)).toHaveLength(1);
    expect(crowdstrikeFormat.normalise(fixture('crowdstrike-stream-auth-audit.json'), raw)).toEqual(
      {
        kind: 'ignored',
        reason: 'Falcon Event Streams AuthActivityAuditEvent: not a detection summary',
      },
    );
  });
});
