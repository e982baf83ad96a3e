import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { RawRecord } from './format.js';
import { knowbe4Format } from './knowbe4.format.js';
import { problemsOf } from './results.js';

const fixture = (name: string): Record<string, unknown>[] =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >[];
const raw: RawRecord = { text: '', line: 1, origin: 'test' };

function eventsOf(record: unknown): EventDraft[] {
  const result = knowbe4Format.normalise(record, raw);
  if (result.kind !== 'events') throw new Error(`expected events, got ${JSON.stringify(result)}`);
  return result.events;
}

describe('knowbe4 phishing security test recipients', () => {
  const events = eventsOf(fixture('knowbe4-pst-recipients.json'));

  it('turns each recipient timestamp into its behaviour', () => {
    expect(events.map((e) => `${e.id} ${e.type} ${e.subject}`)).toEqual([
      '3077742:opened phishing.sim_opened bob.ross@example.com',
      '3077742:clicked phishing.sim_clicked bob.ross@example.com',
      '3077742:data_entered phishing.sim_submitted bob.ross@example.com',
      '3077743:clicked phishing.sim_clicked ana.lima@example.com',
      '3077744:opened phishing.sim_opened kofi.mensah@example.com',
      '3077744:reported phishing.sim_reported kofi.mensah@example.com',
    ]);
    expect(events[1]).toMatchObject({
      time: '2026-04-02T16:11:12.000Z',
      details: { template: 'Your Amazon Order', pstId: 14240 },
    });
  });

  it('marks a click three seconds after delivery as automated, not a later one', () => {
    expect(events[3]?.details).toMatchObject({ automated: true });
    expect(events[1]?.details.automated).toBeUndefined();
  });

  it('reports a bad timestamp with its index and field', () => {
    const records = fixture('knowbe4-pst-recipients.json');
    records.push({ ...records[0], recipient_id: 1, clicked_at: 'soon' });
    const result = knowbe4Format.normalise(records, raw);
    expect(problemsOf(result)).toEqual(['[4].clicked_at: is not a date-time']);
  });
});

describe('knowbe4 training enrollments and users', () => {
  it('maps Passed and Completed to training.completed and Past Due to training.overdue', () => {
    const events = eventsOf(fixture('knowbe4-training-enrollments.json'));
    expect(events.map((e) => `${e.id} ${e.type} ${e.time}`)).toEqual([
      '1425526:passed training.completed 2026-03-03T10:39:00.000Z',
      '1425527:completed training.completed 2026-03-02T08:00:00.000Z',
      '1425528:past_due training.overdue 2026-03-01T09:00:00.000Z',
    ]);
  });

  it('ignores users and rejects an unknown object', () => {
    expect(knowbe4Format.normalise(fixture('knowbe4-users.json'), raw).kind).toBe('ignored');
    expect(knowbe4Format.normalise({ hello: 'world' }, raw)).toMatchObject({ kind: 'rejected' });
  });
});
