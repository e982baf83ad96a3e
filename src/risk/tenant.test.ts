import { describe, expect, it } from 'vitest';
import { DAY_MS, createModel } from './model.js';
import { snapshots, type SnapshotMember } from './snapshots.js';
import { syntheticOrg } from './synthetic-org.test-support.js';
import { scoreTenant } from './tenant.js';

const model = createModel();
const start = Date.UTC(2026, 0, 1);

describe('scoreTenant', () => {
  it('agrees with the incremental snapshot path and counts events of unknown identities', () => {
    const org = syntheticOrg(40, start, 90, 5);
    const members: SnapshotMember[] = org.people.map((p, i) => ({
      id: p.id,
      kind: 'person',
      accessPoints: i % 7,
    }));
    members.push({ id: 'bot', kind: 'agent', ownerId: 'p1', accessPoints: 10 });
    const events = [
      ...org.events,
      { identityId: 'bot', type: 'agent.secret_exposed', time: start + DAY_MS },
      { identityId: 'stranger', type: 'phishing.real_clicked', time: start },
    ];
    const at = start + 60 * DAY_MS;
    const { scores, unmatched } = scoreTenant(model, members, events, at);
    const [snapshot] = snapshots(model, members, events, [at]);
    expect(unmatched).toBe(1);
    scores.forEach((s, i) => {
      const other = snapshot?.scores[i];
      expect(s.id).toBe(other?.id);
      expect(s.risk).toBeCloseTo(other?.risk ?? NaN, 4);
      expect(s.percentile).toBeCloseTo(other?.percentile ?? NaN, 6);
    });
    expect(scores.find((s) => s.id === 'p1')?.risk).toBeGreaterThan(
      scores.find((s) => s.id === 'p1')?.ownRisk ?? 100,
    );
  });
});
