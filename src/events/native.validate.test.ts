import { describe, expect, it } from 'vitest';
import { validateNativeEvent } from './native.validate.js';

const good = {
  id: 'e1',
  time: '2026-05-01T09:30:00Z',
  source: 'test',
  type: 'phishing.sim_clicked',
  subject: 'alice@example.com',
  severity: 'low',
  details: { campaign: 7 },
};

describe('validateNativeEvent', () => {
  it('accepts the native format of PRODUCT.md', () => {
    expect(validateNativeEvent(good)).toEqual({ ok: true, draft: good });
  });

  it('accepts a missing id and missing details', () => {
    const { id: _id, details: _details, ...rest } = good;
    const result = validateNativeEvent(rest);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.id).toBeUndefined();
    expect(result.draft.details).toEqual({});
  });

  it('reports every problem with its field', () => {
    const result = validateNativeEvent({
      time: 'yesterday',
      type: 7,
      severity: 'huge',
      details: [],
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'source',
      'type',
      'subject',
      'time',
      'severity',
      'details',
      'extra',
    ]);
    expect(result.problems.find((p) => p.path === 'time')?.message).toContain('"yesterday"');
  });

  it('rejects a date-time without a zone and impossible dates', () => {
    expect(validateNativeEvent({ ...good, time: '2026-05-01T09:30:00' }).ok).toBe(false);
    expect(validateNativeEvent({ ...good, time: '2026-13-01T09:30:00Z' }).ok).toBe(false);
  });

  it('rejects records that are not objects', () => {
    expect(validateNativeEvent([good])).toEqual({
      ok: false,
      problems: [{ path: '(record)', message: 'must be a JSON object' }],
    });
  });
});
