import { gophishEvent, type GophishMessage } from '../formats/gophish.js';
import { browserAgent, SCANNER_AGENTS, scannerIp, usualIp } from '../formats/common.js';
import type { Member } from '../org/model.js';
import { Outcomes, simulateRecipient } from './recipient.js';
import { GOPHISH_TEMPLATES, type Template } from './templates.js';
import type { Training } from './training.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';
import { DAY_MS } from './calendar.js';

const RID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A monthly GoPhish campaign: sends spread over three working days, then opens, clicks,
 * submissions and reports from people, and instant opens and clicks from link scanners. Each
 * event reaches Bulwark as the webhook GoPhish posts.
 */
export class GophishCampaign {
  readonly outcomes: Outcomes;
  private readonly rids: string[];
  readonly template: Template;

  constructor(
    private readonly world: World,
    readonly id: number,
    readonly launchDay: number,
    training: Training,
  ) {
    this.template = GOPHISH_TEMPLATES[(id - 1) % GOPHISH_TEMPLATES.length] ?? GOPHISH_TEMPLATES[0]!;
    this.outcomes = new Outcomes(world.members.length);
    this.rids = new Array<string>(world.members.length).fill('');
    for (const member of world.members) {
      if (member.kind !== 'person' || !world.active(member)) continue;
      this.rids[member.index] = world.rng.text(7, RID_ALPHABET);
      simulateRecipient(
        world,
        member,
        this.template,
        this.outcomes,
        3,
        { scanner: 0.2, gophish: true },
        training,
      );
    }
  }

  /** The last day with events. */
  get endDay(): number {
    return this.launchDay + 10;
  }

  runDay(): void {
    const { world } = this;
    const from = world.calendar.dayStart(world.day);
    const until = from + DAY_MS;
    const o = this.outcomes;
    for (const member of world.members) {
      const i = member.index;
      if (!(o.sent[i]! >= 0 || o.error[i]! >= 0)) continue;
      const within = (t: number): boolean => t >= from && t < until;
      if (within(o.error[i]!)) this.event(member, o.error[i]!, 'Error Sending Email');
      if (within(o.sent[i]!)) this.event(member, o.sent[i]!, 'Email Sent');
      if (within(o.scanned[i]!)) this.scanner(member, o.scanned[i]!);
      if (within(o.opened[i]!)) this.event(member, o.opened[i]!, 'Email Opened');
      if (within(o.clicked[i]!)) this.event(member, o.clicked[i]!, 'Clicked Link');
      if (within(o.submitted[i]!)) this.event(member, o.submitted[i]!, 'Submitted Data');
      if (within(o.reported[i]!)) this.event(member, o.reported[i]!, 'Email Reported');
    }
  }

  private event(member: Member, time: number, message: GophishMessage): void {
    const personal = message !== 'Email Sent' && message !== 'Error Sending Email';
    const record: Build = (r) =>
      gophishEvent({
        campaignId: this.id,
        email: member.email,
        time,
        message,
        rid: this.rids[member.index] ?? '',
        ...(personal ? { ip: usualIp(r, member), userAgent: browserAgent(r, member) } : {}),
        ...(message === 'Submitted Data' ? { form: { username: member.email } } : {}),
      });
    this.world.emit('gophish', time, record, trace(member, BEHAVIOUR[message]));
  }

  /** A link scanner opens the message and follows its link seconds after delivery. */
  private scanner(member: Member, time: number): void {
    const { rng } = this.world;
    const ip = scannerIp(rng);
    const userAgent = rng.pick(SCANNER_AGENTS);
    const rid = this.rids[member.index] ?? '';
    for (const [offset, message] of [
      [0, 'Email Opened'],
      [1500, 'Clicked Link'],
    ] as const) {
      const record: Build = () =>
        gophishEvent({
          campaignId: this.id,
          email: member.email,
          time: time + offset,
          message,
          rid,
          ip,
          userAgent,
        });
      this.world.emit('gophish', time + offset, record, trace(member, BEHAVIOUR[message], true));
    }
  }
}

const BEHAVIOUR: Readonly<Record<GophishMessage, string>> = {
  'Email Sent': 'none',
  'Error Sending Email': 'none',
  'Email Opened': 'phishing.sim_opened',
  'Clicked Link': 'phishing.sim_clicked',
  'Submitted Data': 'phishing.sim_submitted',
  'Email Reported': 'phishing.sim_reported',
};
