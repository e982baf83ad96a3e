import { knowbe4User } from '../formats/knowbe4.js';
import { vapResponse, type VapUser } from '../formats/proofpoint.js';
import type { Member } from '../org/model.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

/** Length of the People API window the demo polls, one of Proofpoint's 14, 30 or 90 days. */
export const VAP_WINDOW_DAYS = 30;

/**
 * Proofpoint's Very Attacked People for the window just ended: everyone whose attack index is at
 * least three times the average (a demo threshold; Proofpoint's own is not published).
 */
export function veryAttackedPeople(world: World): void {
  const { state, members } = world;
  const people = members.filter((m) => m.kind === 'person' && world.active(m));
  if (people.length === 0) return;
  let total = 0;
  for (const member of people) total += state.attackIndex(member.index);
  const average = total / people.length;
  const threshold = Math.max(1, average * 3);
  const listed = people
    .filter((member) => state.attackIndex(member.index) >= threshold)
    .sort((a, b) => state.attackIndex(b.index) - state.attackIndex(a.index))
    .slice(0, 1000);
  const end = world.calendar.dayStart(world.day) + 7 * 3_600_000;
  const users = listed.map((member) => vapUser(world, member));
  const record: Build = () => vapResponse(end, VAP_WINDOW_DAYS, users, average, threshold);
  const truth = listed.map((member) => trace(member, 'threat.very_attacked'));
  if (truth.length > 0) world.emit('proofpoint-tap', end, record, truth);
  state.resetAttackIndex();
}

function vapUser(world: World, member: Member): VapUser {
  const { state } = world;
  const i = member.index;
  const families = [
    { name: 'Credential Phishing', score: Math.round(state.attackPhish[i] ?? 0) },
    { name: 'Malware', score: Math.round(state.attackMalware[i] ?? 0) },
    { name: 'Impostor', score: Math.round(state.attackImpostor[i] ?? 0) },
  ].filter((f) => f.score > 0);
  return {
    email: member.email,
    name: member.name,
    department: member.department.name,
    title: member.title,
    location: member.location.name,
    vip: member.vip,
    guid: member.ids.entra.replace(/-/g, '').slice(0, 26),
    attackIndex: state.attackIndex(i),
    families,
  };
}

/** KnowBe4's user list as a monthly pull reads it: one user record per active person. */
export function knowbe4Users(world: World): void {
  const { state, members, calendar } = world;
  const time = calendar.dayStart(world.day) + 2 * 3_600_000;
  for (const member of members) {
    if (member.kind !== 'person' || !world.active(member)) continue;
    const i = member.index;
    const received = state.testsReceived[i] ?? 0;
    const ppp = received === 0 ? 0 : (100 * (state.testsFailed[i] ?? 0)) / received;
    const record: Build = () =>
      knowbe4User({
        member,
        manager: members[member.managerIndex],
        phishPronePercentage: ppp,
        riskScore: Math.min(100, 10 + ppp * 0.6),
        joinedOn: calendar.dayStart(Math.max(member.startDay, -3650)) + 9 * 3_600_000,
        lastSignIn: Number.isFinite(state.lastTraining[i])
          ? calendar.dayStart(state.lastTraining[i]!) + 10 * 3_600_000
          : null,
        groups: [],
      });
    world.emit('knowbe4', time, record, trace(member, 'none'));
  }
}
