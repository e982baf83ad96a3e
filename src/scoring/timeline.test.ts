import { describe, expect, it } from 'vitest';
import type { ScoringRow } from './scoring-event.js';
import { Timeline } from './timeline.js';

const row = (seq: number, time: number, extra: Partial<ScoringRow> = {}): ScoringRow => ({
  seq,
  identityId: `id-${seq % 3}`,
  time,
  type: seq % 2 ? 'phishing.sim_clicked' : 'training.completed',
  severity: seq % 5 === 0 ? 'high' : null,
  automated: 0,
  burst: 0,
  ...extra,
});

const all = (t: Timeline) => Array.from({ length: t.length }, (_, n) => t.rowAt(n));

describe('Timeline', () => {
  it('gives the events back in time order, equal times in the order they were added', () => {
    const t = new Timeline();
    const rows = [row(1, 50), row(2, 10), row(3, 50), row(4, 30), row(5, 10)];
    for (const r of rows) t.add(r);
    expect(all(t).map((r) => r.seq)).toEqual([2, 5, 4, 1, 3]);
    expect(all(t)[0]).toEqual(rows[1]);
    expect(t.timeAt(4)).toBe(50);
  });

  it('keeps the scanner and burst marks and every field past its first capacity', () => {
    const t = new Timeline();
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row(i + 1, 1e12 + ((i * 7919) % 10_000) * 1000, {
        automated: i % 7 === 0 ? 1 : 0,
        burst: i % 11 === 0 ? 1 : 0,
      }),
    );
    for (const r of rows) t.add(r);
    expect(t.length).toBe(10_000);
    const sorted = [...rows].sort((a, b) => a.time - b.time || a.seq - b.seq);
    expect(all(t)).toEqual(sorted);
  });

  it('sorts again after more events arrive', () => {
    const t = new Timeline();
    t.add(row(1, 20));
    expect(t.rowAt(0).seq).toBe(1);
    t.add(row(2, 10));
    expect(all(t).map((r) => r.seq)).toEqual([2, 1]);
  });
});
