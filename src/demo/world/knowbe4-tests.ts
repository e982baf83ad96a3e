import { pstRecipient, type RecipientTimes } from '../formats/knowbe4.js';
import { usualIp } from '../formats/common.js';
import type { Member } from '../org/model.js';
import { DAY_MS } from './calendar.js';
import { Outcomes, simulateRecipient } from './recipient.js';
import { KNOWBE4_TEMPLATES, type Template } from './templates.js';
import type { Training } from './training.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

/** Days a KnowBe4 phishing security test stays open before its results are read. */
const TEST_DAYS = 8;

/**
 * A quarterly KnowBe4 phishing security test. Its results reach Bulwark as recipient records
 * from the Reporting API once the test has closed (or at the end of the period, if sooner).
 */
export class KnowBe4Test {
  readonly outcomes: Outcomes;
  readonly template: Template;

  constructor(
    private readonly world: World,
    readonly pstId: number,
    readonly launchDay: number,
    quarter: number,
    training: Training,
  ) {
    this.template = KNOWBE4_TEMPLATES[quarter % KNOWBE4_TEMPLATES.length] ?? KNOWBE4_TEMPLATES[0]!;
    this.outcomes = new Outcomes(world.members.length);
    for (const member of world.members) {
      if (member.kind !== 'person' || !world.active(member)) continue;
      simulateRecipient(
        world,
        member,
        this.template,
        this.outcomes,
        5,
        { scanner: 0, gophish: false },
        training,
      );
    }
  }

  get endDay(): number {
    return Math.min(this.launchDay + TEST_DAYS, this.world.options.days - 1);
  }

  runDay(): void {
    const { world } = this;
    if (world.day !== this.endDay) return;
    const closed = Math.min(
      world.calendar.dayStart(this.launchDay + TEST_DAYS) + 6 * 3_600_000,
      world.calendar.dayStart(world.day) + DAY_MS - 60_000,
    );
    for (const member of world.members) {
      const i = member.index;
      if (!(this.outcomes.sent[i]! >= 0)) continue;
      this.emitRecipient(member, closed);
    }
  }

  private emitRecipient(member: Member, closed: number): void {
    const { world } = this;
    const o = this.outcomes;
    const i = member.index;
    const seen = (t: number): number | null => (t >= 0 && t <= closed ? t : null);
    const times: RecipientTimes = {
      scheduled: o.sent[i]! - 60_000,
      delivered: seen(o.sent[i]!),
      opened: seen(o.opened[i]!),
      clicked: seen(o.clicked[i]!),
      attachmentOpened: seen(o.attachment[i]!),
      dataEntered: seen(o.submitted[i]!),
      qrScanned: seen(o.qr[i]!),
      reported: seen(o.reported[i]!),
    };
    const failed =
      times.clicked !== null || times.attachmentOpened !== null || times.qrScanned !== null;
    world.state.testsReceived[i] = (world.state.testsReceived[i] ?? 0) + 1;
    if (failed) world.state.testsFailed[i] = (world.state.testsFailed[i] ?? 0) + 1;
    const interacted = times.opened !== null || failed;
    const record: Build = (r) =>
      pstRecipient({
        recipientId: this.pstId * 100_000 + i,
        pstId: this.pstId,
        member,
        template: { id: this.template.id, name: this.template.name },
        times,
        ip: interacted ? usualIp(r, member) : null,
        browser: interacted ? browserOf(member) : null,
      });
    world.emit('knowbe4', closed, record, behaviours(member, times));
  }
}

function browserOf(member: Member): { name: string; version: string; os: string } {
  return member.ids.platform === 'Mac'
    ? { name: 'Safari', version: '17.4', os: 'MacOSX' }
    : { name: 'Chrome', version: '124.0', os: 'Windows 10' };
}

function behaviours(member: Member, times: RecipientTimes): ReturnType<typeof trace>[] {
  const out = [];
  if (times.opened !== null) out.push(trace(member, 'phishing.sim_opened'));
  if (times.clicked !== null || times.qrScanned !== null)
    out.push(trace(member, 'phishing.sim_clicked'));
  if (times.attachmentOpened !== null) out.push(trace(member, 'phishing.sim_attachment_opened'));
  if (times.dataEntered !== null) out.push(trace(member, 'phishing.sim_submitted'));
  if (times.reported !== null) out.push(trace(member, 'phishing.sim_reported'));
  if (out.length === 0) out.push(trace(member, 'none'));
  return out;
}
