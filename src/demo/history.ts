import type { DemoOptions } from './options.js';

const DAY_MS = 86_400_000;

export interface DayRange {
  from: string;
  to: string;
}

/**
 * The days of the demo period that get their history filled in: the last `historyDays` of the
 * period (never before it starts), less those not over at `now` — the current day's point is the
 * scoring run's own. Undefined when no day qualifies.
 */
export function demoHistoryRange(
  options: Pick<DemoOptions, 'days' | 'endDate'>,
  historyDays: number,
  now: number,
): DayRange | undefined {
  if (historyDays < 1) return undefined;
  const end = Date.parse(`${options.endDate}T00:00:00Z`);
  const first = end - (Math.min(historyDays, options.days) - 1) * DAY_MS;
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const last = Math.min(end, today - DAY_MS);
  if (last < first) return undefined;
  return { from: dayOf(first), to: dayOf(last) };
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
