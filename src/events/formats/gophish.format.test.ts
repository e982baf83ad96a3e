import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { RawRecord } from './format.js';
import { createGophishFormat, gophishFormat } from './gophish.format.js';
import { problemsOf } from './results.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const raw: RawRecord = { text: '', line: 1, origin: 'test' };

function eventsOf(record: unknown, format = gophishFormat): EventDraft[] {
  const result = format.normalise(record, raw);
  if (result.kind !== 'events') throw new Error(`expected events, got ${JSON.stringify(result)}`);
  return result.events;
}

describe('gophish webhook', () => {
  it('turns a click into phishing.sim_clicked with the recipient id and browser', () => {
    const [event] = eventsOf(fixture('gophish-webhook-clicked.json'));
    expect(event).toMatchObject({
      source: 'gophish',
      type: 'phishing.sim_clicked',
      subject: 'dana.ruiz@example.com',
      time: '2026-04-14T09:42:17.553Z',
      details: { campaignId: 7, rid: 'Xa81kPq', ip: '198.51.100.23' },
    });
    expect(event?.id).toBeUndefined();
    expect(event?.details.automated).toBeUndefined();
  });

  it('keeps which fields were submitted but never what was typed', () => {
    const [event] = eventsOf(fixture('gophish-webhook-submitted.json'));
    expect(event?.type).toBe('phishing.sim_submitted');
    expect(event?.details.submittedFields).toEqual(['username', 'password']);
    expect(JSON.stringify(event)).not.toContain('Winter2026!');
    expect(JSON.stringify(event)).not.toContain('"dana.ruiz"');
  });

  it('ignores Email Sent and rejects unknown messages and bad details with their path', () => {
    expect(gophishFormat.normalise(fixture('gophish-webhook-sent.json'), raw)).toMatchObject({
      kind: 'ignored',
    });
    const unknown = {
      email: 'a@example.com',
      time: '2026-01-01T00:00:00Z',
      message: 'Printed It',
      details: '',
    };
    expect(gophishFormat.normalise(unknown, raw)).toEqual({
      kind: 'rejected',
      reason: 'message: unknown GoPhish event "Printed It"',
    });
    const badDetails = { ...unknown, message: 'Clicked Link', details: '{"payload":' };
    expect(gophishFormat.normalise(badDetails, raw)).toEqual({
      kind: 'rejected',
      reason: 'details: is not a JSON-encoded string',
    });
    const scalarPayload = { ...badDetails, details: '{"payload":{"rid":"abc"}}' };
    const result = gophishFormat.normalise(scalarPayload, raw);
    expect(result.kind).toBe('rejected');
    if (result.kind === 'rejected') expect(result.reason).toContain('details(decoded).payload.rid');
  });

  it('reports every missing field', () => {
    const result = gophishFormat.normalise({ message: 'Clicked Link' }, raw);
    expect(result).toMatchObject({ kind: 'rejected' });
    if (result.kind === 'rejected') {
      expect(result.reason).toContain('email:');
      expect(result.reason).toContain('time:');
    }
  });

  it('marks a click from a configured scanner network as automated', () => {
    const format = createGophishFormat({
      maxSecondsAfterDelivery: 10,
      scannerNetworks: ['198.51.100.0/24'],
    });
    const [event] = eventsOf(fixture('gophish-webhook-clicked.json'), format);
    expect(event?.details).toMatchObject({ automated: true });
    expect(String(event?.details.automatedReason)).toContain('198.51.100.0/24');
  });
});

describe('gophish campaign results', () => {
  const events = eventsOf(fixture('gophish-campaign-results.json'));

  it('reads every recipient action of the timeline and skips sends and the campaign entry', () => {
    expect(events.map((e) => `${e.subject} ${e.type}`)).toEqual([
      'lee.chen@example.com phishing.sim_clicked',
      'lee.chen@example.com phishing.sim_opened',
      'sam.okafor@example.com phishing.sim_opened',
      'sam.okafor@example.com phishing.sim_reported',
      'dana.ruiz@example.com phishing.sim_opened',
      'dana.ruiz@example.com phishing.sim_clicked',
      'dana.ruiz@example.com phishing.sim_submitted',
    ]);
  });

  it('keeps a click seconds after delivery but marks it automated', () => {
    const click = events[0];
    expect(click?.details.automated).toBe(true);
    expect(click?.details.automatedReason).toMatch(/^3 s after delivery/);
  });

  it('marks an image-proxy open as automated and a person’s click as not', () => {
    expect(String(events[1]?.details.automatedReason)).toContain('scanner or link prefetcher');
    expect(events[5]?.details.automated).toBeUndefined();
    expect(events[3]?.details.automated).toBeUndefined();
  });

  it('keeps good timeline entries and lists the bad one', () => {
    const record = fixture('gophish-campaign-results.json') as { timeline: unknown[] };
    record.timeline.push({ email: 'x@example.com', time: 'yesterday', message: 'Clicked Link' });
    const result = gophishFormat.normalise(record, raw);
    expect(result.kind).toBe('events');
    expect(problemsOf(result)).toEqual(['timeline[11].time: is not a date-time']);
  });
});
