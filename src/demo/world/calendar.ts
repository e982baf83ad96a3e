import type { LocationSpec } from '../org/locations.js';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The period a demo covers: `days` whole UTC days ending with `endDate`. */
export class Calendar {
  /** Epoch milliseconds of the first day's midnight (UTC). */
  readonly start: number;
  private readonly offsets = new Map<string, number>();

  constructor(
    endDate: string,
    readonly days: number,
  ) {
    this.start = Date.parse(`${endDate}T00:00:00Z`) - (days - 1) * DAY_MS;
  }

  /** Midnight UTC of day `day` (0-based). */
  dayStart(day: number): number {
    return this.start + day * DAY_MS;
  }

  /** `YYYY-MM-DD` of a day index; negative indices are before the period. */
  date(day: number): string {
    return new Date(this.dayStart(day)).toISOString().slice(0, 10);
  }

  /** Day index of an instant. */
  dayOf(time: number): number {
    return Math.floor((time - this.start) / DAY_MS);
  }

  /** Whether the calendar date of `day` is a Saturday or a Sunday (the same date everywhere). */
  isWeekend(day: number): boolean {
    const weekday = new Date(this.dayStart(day)).getUTCDay();
    return weekday === 0 || weekday === 6;
  }

  /** The instant of local clock time `hour` (fractional) on `day` at `location`. */
  localTime(day: number, location: LocationSpec, hour: number): number {
    return Math.round(
      this.dayStart(day) + hour * HOUR_MS - this.offsetMinutes(day, location) * 60_000,
    );
  }

  /** The UTC offset of the location on that day, daylight saving included. */
  offsetMinutes(day: number, location: LocationSpec): number {
    const key = `${location.timezone}|${day}`;
    const cached = this.offsets.get(key);
    if (cached !== undefined) return cached;
    const offset = zoneOffset(location.timezone, this.dayStart(day) + 12 * HOUR_MS);
    this.offsets.set(key, offset);
    return offset;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC for `timezone` at `instant`, from the runtime's time-zone database. */
export function zoneOffset(timezone: string, instant: number): number {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timezone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const local = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  return Math.round((local - Math.floor(instant / 60_000) * 60_000) / 60_000);
}
