import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { RawRecord } from './format.js';
import { proofpointTapFormat } from './proofpoint-tap.format.js';
import { problemsOf } from './results.js';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const raw: RawRecord = { text: '', line: 1, origin: 'test' };

function eventsOf(record: unknown): EventDraft[] {
  const result = proofpointTapFormat.normalise(record, raw);
  if (result.kind !== 'events') throw new Error(`expected events, got ${JSON.stringify(result)}`);
  return result.events;
}

describe('proofpoint-tap SIEM API', () => {
  const events = eventsOf(fixture('proofpoint-tap-siem-all.json'));

  it('reads all four arrays, one event per message recipient, skipping spam-only messages', () => {
    expect(events.map((e) => `${e.type} ${e.subject}`)).toEqual([
      'phishing.real_clicked priya.shah@example.com',
      'phishing.real_clicked tom.baker@example.com',
      'phishing.real_click_blocked li.wei@example.com',
      'threat.malicious_email_delivered priya.shah@example.com',
      'threat.malicious_email_delivered tom.baker@example.com',
      'threat.impersonation_targeted cfo@example.com',
      'threat.malicious_email_blocked li.wei@example.com',
    ]);
  });

  it('keeps the vendor ids, times and classification', () => {
    expect(events[0]).toMatchObject({
      id: 'de7eef56-1d14-4f8a-9a4c-6d23b5a80c4b',
      source: 'proofpoint-tap',
      time: '2026-04-20T08:14:37.000Z',
      details: { classification: 'phish', clickIP: '89.160.20.112' },
    });
    expect(events[2]?.details.classification).toBe('malware');
    expect(events[3]?.id).toBe('a4b0d2f1-6c2e-4b1a-9c5e-1e0f9b2d7a31:priya.shah@example.com');
    expect(events[3]?.details).toMatchObject({ delivered: true, threatTypes: ['url'] });
    expect(events[6]?.details).toMatchObject({ delivered: false, quarantineFolder: 'Malware' });
  });

  it('marks a click made by an HTTP library as automated', () => {
    expect(events[0]?.details.automated).toBeUndefined();
    expect(events[1]?.details.automated).toBe(true);
    expect(String(events[1]?.details.automatedReason)).toContain('python-requests');
  });

  it('names the element and field of a bad item and keeps the rest', () => {
    const record = fixture('proofpoint-tap-siem-all.json');
    const clicks = record.clicksPermitted as Record<string, unknown>[];
    clicks.push({ ...clicks[0], recipient: ['x@example.com'] });
    const messages = record.messagesDelivered as Record<string, unknown>[];
    messages.push({ ...messages[0], recipient: 'x@example.com' });
    const result = proofpointTapFormat.normalise(record, raw);
    expect(result.kind).toBe('events');
    expect(problemsOf(result)).toEqual([
      'clicksPermitted[2].recipient: expected string, received array',
      'messagesDelivered[2].recipient: expected array, received string',
    ]);
  });

  it('ignores a click on a threat later marked a false positive', () => {
    const record = fixture('proofpoint-tap-siem-all.json');
    const [click] = record.clicksPermitted as Record<string, unknown>[];
    expect(
      proofpointTapFormat.normalise(
        { clicksPermitted: [{ ...click, threatStatus: 'falsePositive' }] },
        raw,
      ),
    ).toEqual({
      kind: 'ignored',
      reason: 'TAP click on a threat since marked a false positive',
    });
  });

  it('ignores an empty window and rejects an unknown shape', () => {
    const empty = {
      queryEndTime: '2026-04-20T09:00:00Z',
      clicksPermitted: [],
      clicksBlocked: [],
      messagesDelivered: [],
      messagesBlocked: [],
    };
    expect(proofpointTapFormat.normalise(empty, raw).kind).toBe('ignored');
    expect(proofpointTapFormat.normalise({ foo: 1 }, raw).kind).toBe('rejected');
    expect(proofpointTapFormat.normalise({ clicksBlocked: {} }, raw)).toEqual({
      kind: 'rejected',
      reason: 'clicksBlocked: expected an array',
    });
  });
});

describe('proofpoint-tap People API', () => {
  it('turns each Very Attacked Person into threat.very_attacked at the end of the window', () => {
    const events = eventsOf(fixture('proofpoint-people-vap.json'));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: 'threat.very_attacked',
      subject: 'cfo@example.com',
      time: '2026-04-20T21:48:25.000Z',
      details: { attackIndex: 1805, vip: true, vapAttackIndexThreshold: 1032.7329 },
    });
  });

  it('ignores top clickers', () => {
    expect(
      proofpointTapFormat.normalise(fixture('proofpoint-people-top-clickers.json'), raw),
    ).toMatchObject({
      kind: 'ignored',
    });
  });
});
