import { scannerIp, SCANNER_AGENTS, usualIp, type JsonRecord } from '../formats/common.js';
import { browserAgent } from '../formats/common.js';
import { tapClick, tapMessage, type TapThreat } from '../formats/proofpoint.js';
import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';
import { attackMix } from './model.js';
import { parameters as P } from './parameters.js';
import { classificationOf, luresOf, SPAM_LURES, type AttackKind, type Lure } from './lures.js';
import { respond } from './mail-response.js';
import { campaignTargeting } from './model.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

/** One malicious message as the simulation sees it. */
export interface Attack {
  kind: AttackKind;
  lure: Lure;
  threat: TapThreat;
  time: number;
  /** Part of the targeted campaign rather than commodity mail. */
  targeted: boolean;
  senderIp: string;
}

/** The real mail of one person's day: commodity attacks, the campaign, spam, and what they do. */
export function mailDay(world: World, member: Member): void {
  const { rng } = world;
  const e = member.traits.exposure;
  const commodity = rng.poisson(P.commodityMailPerDay * e);
  const targeted = rng.poisson(P.campaignMailPerDay * campaignTargeting(e) * world.ramp);
  for (let i = 0; i < commodity + targeted; i += 1) attack(world, member, i >= commodity);
  if (rng.chance(P.spamPerDay)) spam(world, member);
}

function attack(world: World, member: Member, targeted: boolean): void {
  const { rng } = world;
  const mix = attackMix(member);
  const kind = rng.weighted(['phish', 'attachment', 'impostor'] as const, (k) => mix[k]);
  const lure = rng.pick(luresOf(kind));
  const threat: TapThreat = {
    id: rng.hex(64),
    classification: classificationOf(kind),
    type: kind === 'attachment' ? 'attachment' : kind === 'impostor' ? 'messageText' : 'url',
    url: kind === 'phish' ? `${lure.url}?id=${rng.hex(10)}` : lure.url,
    campaignId: targeted ? 'a3f1c2d4-campaign-halden-2026' : null,
  };
  const time = world.anyTime();
  const hit: Attack = {
    kind,
    lure,
    threat,
    time,
    targeted,
    senderIp: `203.0.113.${1 + rng.int(254)}`,
  };
  recordAttackIndex(world, member, hit);
  const blocked = rng.chance(targeted ? P.campaignBlocked : P.commodityBlocked);
  const item: Build = (r) => message(r, member, hit, blocked);
  const behaviour =
    kind === 'impostor'
      ? 'threat.impersonation_targeted'
      : blocked
        ? 'threat.malicious_email_blocked'
        : 'threat.malicious_email_delivered';
  world.output.tapItem(
    blocked ? 'messagesBlocked' : 'messagesDelivered',
    time,
    item,
    trace(member, behaviour),
  );
  if (blocked) return;
  if (kind !== 'impostor' && rng.chance(0.03)) scannerClick(world, member, hit);
  respond(world, member, hit);
}

function message(rng: Rng, member: Member, hit: Attack, blocked: boolean): JsonRecord {
  return tapMessage(rng, {
    time: hit.time,
    recipient: member.email,
    sender: hit.lure.sender,
    senderIp: hit.senderIp,
    subject: hit.lure.subject,
    threat: hit.threat,
    blocked,
    ...(hit.lure.filename ? { filename: hit.lure.filename } : {}),
  });
}

/** Proofpoint's attack index weights threats by kind; the campaign's count double. */
function recordAttackIndex(world: World, member: Member, hit: Attack): void {
  const { state, rng } = world;
  const boost = hit.targeted ? 2 : 1;
  const i = member.index;
  if (hit.kind === 'phish')
    state.attackPhish[i] = (state.attackPhish[i] ?? 0) + boost * (30 + rng.int(40));
  else if (hit.kind === 'attachment')
    state.attackMalware[i] = (state.attackMalware[i] ?? 0) + boost * (50 + rng.int(100));
  else state.attackImpostor[i] = (state.attackImpostor[i] ?? 0) + boost * (80 + rng.int(120));
}

/** A link scanner of the recipient's mail client follows the rewritten URL seconds after delivery. */
function scannerClick(world: World, member: Member, hit: Attack): void {
  const { rng } = world;
  const time = hit.time + 2_000 + rng.int(28_000);
  const item: Build = (r) =>
    tapClick(r, {
      time,
      recipient: member.email,
      sender: hit.lure.sender,
      senderIp: hit.senderIp,
      clickIp: scannerIp(r),
      userAgent: r.pick(SCANNER_AGENTS),
      threat: hit.threat,
      messageTime: hit.time,
    });
  world.output.tapItem(
    'clicksBlocked',
    time,
    item,
    trace(member, 'phishing.real_click_blocked', true),
  );
}

function spam(world: World, member: Member): void {
  const { rng } = world;
  const lure = rng.pick(SPAM_LURES);
  const time = world.anyTime();
  const blocked = rng.chance(0.7);
  const item: Build = (r) =>
    tapMessage(r, {
      time,
      recipient: member.email,
      sender: lure.sender,
      senderIp: `203.0.113.${1 + r.int(254)}`,
      subject: lure.subject,
      threat: {
        id: r.hex(64),
        classification: 'spam',
        type: 'url',
        url: lure.url,
        campaignId: null,
      },
      blocked,
    });
  world.output.tapItem(
    blocked ? 'messagesBlocked' : 'messagesDelivered',
    time,
    item,
    trace(member, 'none'),
  );
}

export function clickFrom(world: World, member: Member): { ip: string; userAgent: string } {
  return { ip: usualIp(world.rng, member), userAgent: browserAgent(world.rng, member) };
}
