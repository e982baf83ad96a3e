import { emailReport } from '../formats/ocsf-classes.js';
import { tapClick } from '../formats/proofpoint.js';
import type { Member } from '../org/model.js';
import { becEngaged, credentialsSubmitted, malwareOnDevice } from './incidents.js';
import type { Attack } from './mail.js';
import { clickFrom } from './mail.js';
import { becEngageP, openAttachmentP, realClickP, reportRealP, submitP } from './model.js';
import { parameters as P } from './parameters.js';
import type { Build } from './output.js';
import { attend, trace, type World } from './world.js';

const REPORT_MAILBOX = 'phishing-report@haldenrowe.example';

/** What a person does with a malicious message that reached their inbox. */
export function respond(world: World, member: Member, hit: Attack): void {
  const s = world.susceptibility(member);
  const strength = hit.targeted ? P.campaignLureStrength : 1;
  const { rng } = world;
  const acted =
    hit.kind === 'phish'
      ? rng.chance(realClickP(s, strength)) && click(world, member, hit, s)
      : hit.kind === 'attachment'
        ? rng.chance(openAttachmentP(s, strength)) &&
          malwareOnDevice(world, member, attend(world, member, hit.time), 'attachment')
        : rng.chance(becEngageP(s, member.financialAuthority)) &&
          becEngaged(world, member, attend(world, member, hit.time), hit);
  if (!acted && rng.chance(reportRealP(member.traits.diligence))) report(world, member, hit);
}

function click(world: World, member: Member, hit: Attack, s: number): true {
  const { rng } = world;
  const time = attend(world, member, hit.time);
  const permitted = rng.chance(hit.targeted ? P.campaignClickPermitted : P.commodityClickPermitted);
  const from = clickFrom(world, member);
  const item: Build = (r) =>
    tapClick(r, {
      time,
      recipient: member.email,
      sender: hit.lure.sender,
      senderIp: hit.senderIp,
      clickIp: from.ip,
      userAgent: from.userAgent,
      threat: hit.threat,
      messageTime: hit.time,
    });
  const behaviour = permitted ? 'phishing.real_clicked' : 'phishing.real_click_blocked';
  world.output.tapItem(
    permitted ? 'clicksPermitted' : 'clicksBlocked',
    time,
    item,
    trace(member, behaviour),
  );
  if (permitted && rng.chance(submitP(s, member.traits.diligence)))
    credentialsSubmitted(world, member, time + (1 + rng.int(4)) * 60_000, hit);
  return true;
}

function report(world: World, member: Member, hit: Attack): void {
  const time = attend(world, member, hit.time);
  const record: Build = (r) =>
    emailReport(r, {
      time,
      product: { name: 'Report Message add-in', vendor_name: 'Microsoft', version: '1.0' },
      severityId: 1,
      message: `User reported a suspicious message: ${hit.lure.subject}`,
      member,
      reportMailbox: REPORT_MAILBOX,
      originalSender: hit.lure.sender,
      subject: hit.lure.subject,
      messageUid: `<${r.hex(16)}@${hit.lure.sender.split('@')[1] ?? 'mail.example'}>`,
    });
  world.emit('ocsf', time, record, trace(member, 'phishing.real_reported'));
}
