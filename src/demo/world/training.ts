import { trainingEnrollment } from '../formats/knowbe4.js';
import type { Member } from '../org/model.js';
import { DAY_MS } from './calendar.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

interface Enrollment {
  id: number;
  member: Member;
  module: string;
  campaign: string;
  enrolled: number;
  due: number;
  completed: number | null;
}

type AgendaItem = { enrollment: Enrollment; event: 'complete' | 'pastDue' };

export const MODULES = {
  annual: {
    module: 'Security Awareness Foundations',
    campaign: 'Annual Security Awareness',
    dueDays: 30,
  },
  newStarter: {
    module: 'New Starter Security Induction',
    campaign: 'New Starter Onboarding',
    dueDays: 21,
  },
  remedial: {
    module: 'Spotting Credential Phishing',
    campaign: 'Phishing Remedial Training',
    dueDays: 14,
  },
  refresher: [
    'Recognising Business Email Compromise',
    'Safe Handling of Customer Data',
    'MFA Fatigue and Push Bombing',
    'Secure Remote Working',
  ],
} as const;

/**
 * Training assignments and what people make of them. Whether and when someone completes is
 * decided at enrolment from their diligence: the diligent finish early, the careless late or
 * never. KnowBe4 reports each enrolment once it is passed, and once when it falls past due.
 */
export class Training {
  private readonly agenda = new Map<number, AgendaItem[]>();

  constructor(private readonly world: World) {}

  enroll(member: Member, time: number, module: string, campaign: string, dueDays: number): void {
    const { rng, calendar } = this.world;
    const d = member.traits.diligence;
    const due = time + dueDays * DAY_MS;
    const completes = rng.chance(0.3 + 0.65 * d);
    const onTime = rng.chance(0.45 + 0.5 * d);
    let completed: number | null = null;
    if (completes && onTime)
      completed =
        time + Math.round(Math.min(0.98, 0.05 + rng.next() * (1.1 - d)) * dueDays * DAY_MS);
    else if (completes) completed = due + Math.round((1 + rng.next() * 30) * DAY_MS);
    const enrollment: Enrollment = {
      id: 1_400_000 + this.world.next(),
      member,
      module,
      campaign,
      enrolled: time,
      due,
      completed,
    };
    if (completed === null || completed > due)
      this.schedule(calendar.dayOf(due), { enrollment, event: 'pastDue' });
    if (completed !== null)
      this.schedule(calendar.dayOf(completed), { enrollment, event: 'complete' });
  }

  /** Emits what falls on the current day and credits completed training to the person. */
  runDay(): void {
    const { day } = this.world;
    const items = this.agenda.get(day) ?? [];
    this.agenda.delete(day);
    for (const item of items) this.emit(item);
  }

  private schedule(day: number, item: AgendaItem): void {
    if (day >= this.world.options.days) return;
    const list = this.agenda.get(day) ?? [];
    list.push(item);
    this.agenda.set(day, list);
  }

  private emit({ enrollment, event }: AgendaItem): void {
    const { world } = this;
    const passed = event === 'complete';
    const time = passed && enrollment.completed !== null ? enrollment.completed : enrollment.due;
    const spent = passed ? 300 + world.rng.int(1500) : 0;
    const record: Build = () =>
      trainingEnrollment({
        enrollmentId: enrollment.id,
        member: enrollment.member,
        moduleName: enrollment.module,
        campaignName: enrollment.campaign,
        enrolled: enrollment.enrolled,
        started: passed ? time - spent * 1000 : null,
        completed: passed ? time : null,
        status: passed ? 'Passed' : 'Past Due',
        timeSpentSeconds: spent,
      });
    world.emit(
      'knowbe4',
      time,
      record,
      trace(enrollment.member, passed ? 'training.completed' : 'training.overdue'),
    );
    if (passed) world.state.lastTraining[enrollment.member.index] = world.day;
  }
}
