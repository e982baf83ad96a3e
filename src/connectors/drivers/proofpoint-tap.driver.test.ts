import { describe, expect, it } from 'vitest';
import { windowQuery } from './proofpoint-tap.driver.js';

const now = Date.parse('2026-05-10T12:00:00Z');
const decoded = (q: { params: string }) => decodeURIComponent(q.params);

describe('windowQuery (Proofpoint TAP)', () => {
  it('asks for the last hour when there is no cursor', () => {
    expect(windowQuery('', now)).toMatchObject({ params: 'sinceSeconds=3600', last: true });
  });

  it('continues with sinceTime when the cursor is within the hour', () => {
    const q = windowQuery('2026-05-10T11:20:00Z', now);
    expect(decoded(q)).toBe('sinceTime=2026-05-10T11:20:00.000Z');
    expect(q.last).toBe(true);
  });

  it('walks hour-long intervals when catching up', () => {
    const q = windowQuery('2026-05-10T08:00:00Z', now);
    expect(decoded(q)).toBe('interval=2026-05-10T08:00:00.000Z/2026-05-10T09:00:00.000Z');
    expect(q).toMatchObject({ end: '2026-05-10T09:00:00.000Z', last: false });
  });

  it('starts no earlier than TAP keeps data (about a week)', () => {
    const q = windowQuery('2026-05-01T00:00:00Z', now);
    expect(decoded(q)).toMatch(/^interval=2026-05-03T12:10:00\.000Z\//);
  });
});
