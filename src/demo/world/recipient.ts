import type { Member } from '../org/model.js';
import { DAY_MS } from './calendar.js';
import { DIFFICULTY_FACTOR, type Template } from './templates.js';
import { MODULES, type Training } from './training.js';
import { attend, type World } from './world.js';

/** When each step of a simulation happened per recipient (NaN: it did not). */
export class Outcomes {
  readonly error: Float64Array;
  readonly sent: Float64Array;
  readonly scanned: Float64Array;
  readonly opened: Float64Array;
  readonly clicked: Float64Array;
  readonly submitted: Float64Array;
  readonly attachment: Float64Array;
  readonly qr: Float64Array;
  readonly reported: Float64Array;

  constructor(size: number) {
    const column = (): Float64Array => new Float64Array(size).fill(NaN);
    this.error = column();
    this.sent = column();
    this.scanned = column();
    this.opened = column();
    this.clicked = column();
    this.submitted = column();
    this.attachment = column();
    this.qr = column();
    this.reported = column();
  }
}

/** Probability of failing a simulation: the lure's difficulty times the person's susceptibility. */
export function simFailP(susceptibility: number, template: Template): number {
  return Math.min(0.9, 0.6 * DIFFICULTY_FACTOR[template.difficulty] * susceptibility);
}

/** Reporting a simulation one did not fall for: rises steeply with diligence. */
export function simReportP(diligence: number): number {
  return 0.05 + 0.55 * diligence * diligence;
}

const MINUTE = 60_000;

/**
 * Decides what one recipient does with one simulation, from their traits as they are on launch
 * day. A failure enrols them in remedial training, as most programmes do automatically.
 */
export function simulateRecipient(
  world: World,
  member: Member,
  template: Template,
  o: Outcomes,
  windowDays: number,
  options: { scanner: number; gophish: boolean },
  training: Training,
): void {
  const { rng } = world;
  const i = member.index;
  let sendDay = world.day + rng.int(windowDays);
  while (world.calendar.isWeekend(sendDay)) sendDay += 1;
  const sent = world.workTime(member, sendDay);
  if (options.gophish && rng.chance(0.003)) {
    o.error[i] = sent;
    return;
  }
  o.sent[i] = sent;
  if (rng.chance(options.scanner)) o.scanned[i] = sent + 2_000 + rng.int(38_000);
  const s = world.susceptibility(member);
  const d = member.traits.diligence;
  const seen = attend(world, member, sent);
  if (rng.chance(0.5 + 0.2 * s)) o.opened[i] = seen;
  const failed = rng.chance(simFailP(s, template));
  if (failed) {
    o.opened[i] = seen;
    const failAt = fail(world, template, o, i, seen);
    if (rng.chance(0.08 * d)) o.reported[i] = failAt + (5 + rng.int(55)) * MINUTE;
    const next = failAt + DAY_MS;
    training.enroll(
      member,
      next,
      MODULES.remedial.module,
      MODULES.remedial.campaign,
      MODULES.remedial.dueDays,
    );
  } else if (rng.chance(simReportP(d))) {
    o.reported[i] = seen + (1 + rng.int(60)) * MINUTE;
  }
}

function fail(world: World, template: Template, o: Outcomes, i: number, seen: number): number {
  const { rng } = world;
  const s = world.members[i]?.traits.susceptibility ?? 0;
  if (template.kind === 'attachment') return (o.attachment[i] = seen + (1 + rng.int(10)) * MINUTE);
  if (template.kind === 'qr') return (o.qr[i] = seen + (2 + rng.int(30)) * MINUTE);
  const clicked = seen + Math.round((0.3 + rng.next() * 8) * MINUTE);
  o.clicked[i] = clicked;
  if (rng.chance(0.3 + 0.5 * s)) o.submitted[i] = clicked + (1 + rng.int(4)) * MINUTE;
  return clicked;
}
