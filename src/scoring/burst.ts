import type { Severity } from '../catalog/behaviour.js';

/**
 * MFA-fatigue burst detection. The Okta normaliser marks every push sent and every push approved
 * `details.requiresBurst = true` (docs/integrations.md, "MFA push bursts"): alone they are ordinary
 * sign-ins. A push counts only as part of a burst of at least `BURST_PUSHES` pushes to one
 * identity within `BURST_WINDOW_MS`; any other marked event (an approval) counts only when that
 * many pushes reached the identity in the window before it.
 *
 * Three pushes in ten minutes is our own threshold, not a vendor's: a person who misses one
 * notification and retries causes two, while the fatigue attacks seen in the demo organisation and
 * in public incident write-ups send a push every minute or so for several minutes.
 */
export const BURST_PUSHES = 3;
export const BURST_WINDOW_MS = 10 * 60_000;
export const PUSH_TYPE = 'threat.mfa_fatigue_attack';

/** Marked events are kept this long after the newest one, so that late arrivals still pair up. */
const KEEP_MS = 24 * 3_600_000;
const KEEP_MAX = 64;

/** A marked event waiting for (or already part of) a burst. */
export interface BurstEntry extends ConfirmedEvent {
  /** Already passed on to the score. */
  counted: boolean;
}

/** What a confirmed event passes on to the score: the event without its mark. */
export interface ConfirmedEvent {
  time: number;
  type: string;
  severity: Severity | null;
  /** Kept in memory for explanations; not stored with the state. */
  eventId?: string;
}

/**
 * Adds one marked event to an identity's buffer (kept sorted by time) and returns the events that
 * this addition confirms, each exactly once over the buffer's life. Constant work per event: the
 * buffer holds at most `KEEP_MAX` entries.
 */
export function addMarked(buffer: BurstEntry[], event: ConfirmedEvent): ConfirmedEvent[] {
  let at = buffer.length;
  while (at > 0 && (buffer[at - 1]?.time ?? 0) > event.time) at--;
  buffer.splice(at, 0, { ...event, counted: false });
  const confirmed: ConfirmedEvent[] = [];
  const pushes = buffer.filter((e) => e.type === PUSH_TYPE).map((e) => e.time);
  for (const entry of buffer) {
    if (entry.counted || !isConfirmed(entry, pushes)) continue;
    entry.counted = true;
    const { counted: _, ...passed } = entry;
    confirmed.push(passed);
  }
  prune(buffer);
  return confirmed;
}

function isConfirmed(entry: BurstEntry, pushes: readonly number[]): boolean {
  if (entry.type !== PUSH_TYPE) return pushesIn(pushes, entry.time - BURST_WINDOW_MS, entry.time);
  // A push is confirmed when some window of BURST_WINDOW_MS holding it holds enough pushes.
  const i = pushes.indexOf(entry.time);
  for (let first = Math.max(0, i - BURST_PUSHES + 1); first <= i; first++) {
    const last = pushes[first + BURST_PUSHES - 1];
    const start = pushes[first];
    if (last !== undefined && start !== undefined && last - start <= BURST_WINDOW_MS) return true;
  }
  return false;
}

function pushesIn(pushes: readonly number[], from: number, to: number): boolean {
  let n = 0;
  for (const t of pushes) if (t >= from && t <= to) n++;
  return n >= BURST_PUSHES;
}

function prune(buffer: BurstEntry[]): void {
  const newest = buffer.at(-1)?.time ?? 0;
  let drop = 0;
  while (drop < buffer.length && (buffer[drop]?.time ?? 0) < newest - KEEP_MS) drop++;
  drop = Math.max(drop, buffer.length - KEEP_MAX);
  if (drop > 0) buffer.splice(0, drop);
}

/** The JSON form kept with an identity's state: `[time, type, severity, counted]` per entry. */
export type StoredBursts = [number, string, Severity | null, 0 | 1][];

export function burstsToJSON(buffer: readonly BurstEntry[]): StoredBursts | null {
  if (buffer.length === 0) return null;
  return buffer.map((e) => [e.time, e.type, e.severity, e.counted ? 1 : 0]);
}

export function burstsFromJSON(stored: StoredBursts | null): BurstEntry[] {
  return (stored ?? []).map(([time, type, severity, counted]) => ({
    time,
    type,
    severity,
    counted: counted === 1,
  }));
}
