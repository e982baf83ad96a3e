import type { DemoFormat } from '../formats/common.js';
import type { DemoOrganisation, Member } from '../org/model.js';
import type { DemoOptions } from '../options.js';
import { Rng, stream } from '../random.js';
import { Calendar, DAY_MS } from './calendar.js';
import { campaignRamp, effectiveSusceptibility } from './model.js';
import { Output, type Build, type Trace } from './output.js';
import { PersonState } from './state.js';

/** The shared context of one simulation run: the organisation, the clock and what is remembered. */
export class World {
  readonly calendar: Calendar;
  readonly members: readonly Member[];
  readonly state: PersonState;
  readonly output: Output;
  /** The day being simulated and its random stream. */
  day = 0;
  rng: Rng;
  /** Campaign strength on the current day, 0–1. */
  ramp = 0;
  private counter = 0;

  constructor(
    readonly org: DemoOrganisation,
    readonly options: DemoOptions,
  ) {
    this.calendar = new Calendar(options.endDate, options.days);
    this.members = org.members;
    this.state = new PersonState(org.members.length);
    this.rng = new Rng(options.seed);
    this.output = new Output(stream(options.seed, 'render'));
  }

  startDay(day: number): void {
    this.day = day;
    this.rng = stream(this.options.seed, 'day', day);
    this.ramp = campaignRamp(day, this.options.days);
  }

  /** Whether the identity exists on the current day (joined already). */
  active(member: Member): boolean {
    return member.startDay <= this.day;
  }

  /** A moment in the member's working hours on `day` (09:00–17:30 local). */
  workTime(member: Member, day = this.day): number {
    const hour = 9 + this.rng.next() * 8.5;
    return this.calendar.localTime(day, member.location, hour);
  }

  /** Any moment of the current day, for round-the-clock activity (attackers, agents). */
  anyTime(): number {
    return this.calendar.dayStart(this.day) + this.rng.int(DAY_MS);
  }

  isWorkday(): boolean {
    return !this.calendar.isWeekend(this.day);
  }

  susceptibility(member: Member): number {
    const last = this.state.lastTraining[member.index] ?? -Infinity;
    return effectiveSusceptibility(member.traits.susceptibility, this.day - last);
  }

  /** A number unique within this run, for vendors' numeric ids. */
  next(): number {
    this.counter += 1;
    return this.counter;
  }

  /** Queues a record for release at `time`; `build` makes it then. */
  emit(format: DemoFormat, time: number, build: Build, truth: Trace | Trace[]): void {
    this.output.emit(format, time, build, truth);
  }
}

export function trace(member: Member, behaviour: string, automated = false): Trace {
  return automated
    ? { email: member.email, behaviour, automated }
    : { email: member.email, behaviour };
}

const HOUR_MS = 3_600_000;

/**
 * When a person gets to something that arrived at `time`: after a delay of minutes to hours, and
 * if that falls outside their working hours, early on the next working day.
 */
export function attend(world: World, member: Member, time: number): number {
  const { calendar, rng } = world;
  const seen = time + Math.round(Math.exp(2.5 + 1.5 * rng.normal()) * 60_000);
  const day = calendar.dayOf(seen);
  const local =
    (seen - calendar.dayStart(day)) / HOUR_MS + calendar.offsetMinutes(day, member.location) / 60;
  if (!calendar.isWeekend(day) && local >= 8 && local < 18.5) return seen;
  let next = local >= 18.5 ? day + 1 : day;
  while (calendar.isWeekend(next)) next += 1;
  return calendar.localTime(next, member.location, 8 + rng.next() * 2);
}
