import { describe, expect, it } from 'vitest';
import { DAY_MS, createModel } from './model.js';
import { scoreEvents } from './score.js';
import { dayEnds, snapshots, type SnapshotMember } from './snapshots.js';
import { syntheticOrg } from './synthetic-org.test-support.js';

const model = createModel();
const start = Date.UTC(2026, 0, 1);

describe('snapshots', () => {
  const org = syntheticOrg(30, start, 60, 9);
  const members: SnapshotMember[] = org.people.map((p, i) => ({
    id: p.id,
    kind: 'person',
    accessPoints: i % 5,
  }));
  const agentMembers = [
    ...members,
    { id: 'bot', kind: 'agent' as const, ownerId: 'p0', accessPoints: 0 },
  ];
  const events = [
    ...org.events,
    { identityId: 'bot', type: 'agent.data_exfiltration_attempt', time: start + 20 * DAY_MS },
  ];
  const days = dayEnds('2026-01-01', '2026-02-28');
  const series = snapshots(model, agentMembers, events, days);

  it('gives one snapshot per day, each equal to as-of scoring at the end of that day', () => {
    expect(series).toHaveLength(59);
    for (const day of [0, 17, 58]) {
      const snap = series[day];
      const p5 = snap?.scores.find((s) => s.id === 'p5');
      const own = events.filter((e) => e.identityId === 'p5');
      expect(p5?.risk).toBeCloseTo(scoreEvents(model, own, days[day] ?? 0, 0).risk, 9);
    }
  });

  it("rolls an agent's risk up to its owner and ranks people and agents apart", () => {
    const last = series.at(-1)?.scores ?? [];
    const owner = last.find((s) => s.id === 'p0');
    expect(owner?.risk).toBeGreaterThan(owner?.ownRisk ?? Infinity);
    expect(last.find((s) => s.id === 'bot')?.percentile).toBe(50);
  });

  it('lists the last millisecond of each UTC day', () => {
    expect(dayEnds('2026-03-01', '2026-03-02')).toEqual([
      Date.UTC(2026, 2, 2) - 1,
      Date.UTC(2026, 2, 3) - 1,
    ]);
    expect(days[0]).toBe(start + DAY_MS - 1);
  });
});
