import { describe, expect, it } from 'vitest';
import { applyChanges, membersAt, membershipChanges } from './cohort-history.js';

describe('cohort membership history', () => {
  it('records joins and leaves and answers who was in at any time', () => {
    const first = membershipChanges(new Set(), new Set(['a', 'b']), 100);
    expect(first).toEqual([
      { identityId: 'a', change: 'joined', at: 100 },
      { identityId: 'b', change: 'joined', at: 100 },
    ]);
    const second = membershipChanges(new Set(['a', 'b']), new Set(['b', 'c']), 200);
    const history = applyChanges(applyChanges([], first), second);
    expect(history).toEqual([
      { identityId: 'a', from: 100, to: 200 },
      { identityId: 'b', from: 100, to: null },
      { identityId: 'c', from: 200, to: null },
    ]);
    expect([...membersAt(history, 150)].sort()).toEqual(['a', 'b']);
    expect([...membersAt(history, 200)].sort()).toEqual(['b', 'c']);
  });

  it('ignores a repeated join and a leave of a non-member', () => {
    const history = applyChanges(
      [{ identityId: 'a', from: 1, to: null }],
      [
        { identityId: 'a', change: 'joined', at: 5 },
        { identityId: 'z', change: 'left', at: 5 },
      ],
    );
    expect(history).toEqual([{ identityId: 'a', from: 1, to: null }]);
  });
});
