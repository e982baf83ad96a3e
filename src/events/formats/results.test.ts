import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import { combine, eventsOf, ignoredItem, problemItem, problemsOf } from './results.js';

const event: EventDraft = {
  source: 's',
  type: 't',
  subject: 'a@example.com',
  time: '2026-01-01T00:00:00.000Z',
  details: {},
};

describe('combine', () => {
  it('keeps good events next to bad elements and lists the bad ones', () => {
    const result = combine([
      eventsOf([event]),
      problemItem('value[1].id', 'is required'),
      ignoredItem('skip'),
    ]);
    expect(result).toMatchObject({ kind: 'events', events: [event] });
    expect(problemsOf(result)).toEqual(['value[1].id: is required']);
  });

  it('rejects with every problem when nothing was good', () => {
    expect(combine([problemItem('a', 'x'), ignoredItem('skip'), problemItem('b', 'y')])).toEqual({
      kind: 'rejected',
      reason: 'a: x; b: y',
    });
  });

  it('ignores with counted reasons when every element was ignored', () => {
    expect(combine([ignoredItem('r1'), ignoredItem('r1'), ignoredItem('r2')])).toEqual({
      kind: 'ignored',
      reason: 'r1 (×2); r2',
    });
    expect(combine([], 'alert')).toEqual({ kind: 'ignored', reason: 'no alerts to read' });
  });

  it('gives no problems for a clean result', () => {
    expect(problemsOf(combine([eventsOf([event])]))).toEqual([]);
    expect(problemsOf({ kind: 'rejected', reason: 'x' })).toEqual([]);
  });
});
