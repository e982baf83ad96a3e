import { describe, expect, it } from 'vitest';
import { formatShortDay } from './format';

describe('formatShortDay', () => {
  it('shows a UTC day as day and month, whatever the time zone', () => {
    const label = formatShortDay('2026-09-06');
    expect(label).toMatch(/\b6\b/);
    expect(label).not.toContain('2026');
    expect(formatShortDay('2026-12-31')).toMatch(/\b31\b/);
  });

  it('leaves what is not a day as it is', () => {
    expect(formatShortDay('soon')).toBe('soon');
  });
});
