import { describe, expect, it } from 'vitest';
import {
  BURST_WINDOW_MS,
  PUSH_TYPE,
  addMarked,
  burstsFromJSON,
  burstsToJSON,
  type BurstEntry,
} from './burst.js';

const T = Date.parse('2026-05-01T09:00:00Z');
const push = (t: number) => ({ time: t, type: PUSH_TYPE, severity: null });
const approval = (t: number) => ({
  time: t,
  type: 'auth.mfa_push_approved_suspicious',
  severity: null,
});

function feed(events: { time: number; type: string; severity: null }[]): string[] {
  const buffer: BurstEntry[] = [];
  return events.flatMap((e) =>
    addMarked(buffer, e).map((c) => `${c.type}@${(c.time - T) / 60_000}`),
  );
}

describe('MFA push bursts', () => {
  it('does not count a lone push, or two', () => {
    expect(feed([push(T)])).toEqual([]);
    expect(feed([push(T), push(T + 60_000)])).toEqual([]);
  });

  it('counts every push of a burst once, when the third arrives', () => {
    expect(feed([push(T), push(T + 60_000), push(T + 120_000), push(T + 180_000)])).toEqual([
      `${PUSH_TYPE}@0`,
      `${PUSH_TYPE}@1`,
      `${PUSH_TYPE}@2`,
      `${PUSH_TYPE}@3`,
    ]);
  });

  it('does not join pushes further apart than the window', () => {
    const apart = BURST_WINDOW_MS / 2 + 1;
    expect(feed([push(T), push(T + apart), push(T + 2 * apart)])).toEqual([]);
  });

  it('counts an approval only after a burst, in any arrival order', () => {
    expect(feed([approval(T + 5_000)])).toEqual([]);
    const late = feed([approval(T + 200_000), push(T), push(T + 60_000), push(T + 120_000)]);
    expect(late).toContain('auth.mfa_push_approved_suspicious@3.3333333333333335');
    expect(late).toHaveLength(4);
  });

  it('survives being stored with the state', () => {
    const buffer: BurstEntry[] = [];
    addMarked(buffer, push(T));
    addMarked(buffer, push(T + 60_000));
    const restored = burstsFromJSON(burstsToJSON(buffer));
    expect(addMarked(restored, push(T + 120_000))).toHaveLength(3);
  });
});
