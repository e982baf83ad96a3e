import type { DemoOrganisation } from '../org/model.js';
import { parseDemoOptions, type DemoOptionsInput } from '../options.js';
import { stream } from '../random.js';
import { agentDay } from './agents.js';
import { dataDay } from './data.js';
import { endpointDay } from './endpoint.js';
import { identityAttackDay } from './identity-attacks.js';
import { identityDay } from './identity.js';
import { KnowBe4Test } from './knowbe4-tests.js';
import { mailDay } from './mail.js';
import type { TracedSignal } from './output.js';
import { knowbe4Users, veryAttackedPeople } from './periodic.js';
import { GophishCampaign } from './simulations.js';
import { MODULES, Training } from './training.js';
import { World } from './world.js';

/** The programme's calendar, in days from the start of the period. */
export const schedule = {
  annualTrainingDay: 3,
  refresherEvery: 90,
  refresherFirst: 45,
  gophishEvery: 30,
  gophishFirst: 10,
  knowbe4Every: 90,
  knowbe4First: 25,
  periodicEvery: 30,
} as const;

/**
 * Runs the organisation's period day by day and yields every vendor record with its time and
 * ground truth, in time order. Memory holds the organisation, a few arrays per identity and the
 * records of about one day, however long the period.
 */
export function* simulate(
  org: DemoOrganisation,
  input: DemoOptionsInput = org.options,
): Generator<TracedSignal> {
  const options = parseDemoOptions(input);
  const world = new World(org, options);
  const training = new Training(world);
  trainingHistory(world);
  let campaigns: (GophishCampaign | KnowBe4Test)[] = [];
  const periodStart = world.calendar.dayStart(0);
  const periodEnd = world.calendar.dayStart(options.days);
  for (let day = 0; day < options.days; day += 1) {
    world.startDay(day);
    programme(world, training, campaigns);
    for (const member of world.members) {
      if (!world.active(member)) continue;
      if (member.kind === 'agent') agentDay(world, member);
      else personDay(world, member);
    }
    training.runDay();
    for (const campaign of campaigns) campaign.runDay();
    campaigns = campaigns.filter((campaign) => campaign.endDay > day);
    if (day % schedule.periodicEvery === schedule.periodicEvery - 1) {
      veryAttackedPeople(world);
      knowbe4Users(world);
    }
    // Working hours east of UTC begin on the previous UTC day, so what the next day's simulation
    // decides can be dated up to 14 hours before its midnight: only what precedes that is final.
    const until = Math.min(world.calendar.dayStart(day + 1) - EARLIEST_OFFSET_MS, periodEnd);
    yield* world.output.drain(periodStart, until);
  }
  yield* world.output.drain(periodStart, periodEnd);
}

/** UTC+14 (Kiribati) is the earliest local time on Earth. */
const EARLIEST_OFFSET_MS = 14 * 3_600_000;

function personDay(world: World, member: DemoOrganisation['members'][number]): void {
  mailDay(world, member);
  identityDay(world, member);
  identityAttackDay(world, member);
  endpointDay(world, member);
  dataDay(world, member);
}

/** Launches what the security-awareness programme runs on the current day. */
function programme(
  world: World,
  training: Training,
  campaigns: (GophishCampaign | KnowBe4Test)[],
): void {
  const { day } = world;
  const people = world.members.filter((m) => m.kind === 'person' && world.active(m));
  const at = (member: (typeof people)[number]): number => world.workTime(member);
  if (day === Math.min(schedule.annualTrainingDay, world.options.days - 1))
    for (const m of people)
      training.enroll(
        m,
        at(m),
        MODULES.annual.module,
        MODULES.annual.campaign,
        MODULES.annual.dueDays,
      );
  if (
    day >= schedule.refresherFirst &&
    (day - schedule.refresherFirst) % schedule.refresherEvery === 0
  ) {
    const round = (day - schedule.refresherFirst) / schedule.refresherEvery;
    const module = MODULES.refresher[round % MODULES.refresher.length] ?? MODULES.refresher[0];
    for (const m of people) training.enroll(m, at(m), module, 'Quarterly Refresher', 21);
  }
  for (const m of people)
    if (m.startDay === day)
      training.enroll(
        m,
        at(m),
        MODULES.newStarter.module,
        MODULES.newStarter.campaign,
        MODULES.newStarter.dueDays,
      );
  if (day >= schedule.gophishFirst && (day - schedule.gophishFirst) % schedule.gophishEvery === 0) {
    const id = 1 + (day - schedule.gophishFirst) / schedule.gophishEvery;
    campaigns.push(new GophishCampaign(world, id, day, training));
  }
  if (day >= schedule.knowbe4First && (day - schedule.knowbe4First) % schedule.knowbe4Every === 0) {
    const quarter = (day - schedule.knowbe4First) / schedule.knowbe4Every;
    campaigns.push(new KnowBe4Test(world, 14_000 + quarter, day, quarter, training));
  }
}

/** Staff who joined before the period last trained some time in the year before it. */
function trainingHistory(world: World): void {
  const rng = stream(world.options.seed, 'history');
  for (const member of world.members) {
    if (member.kind !== 'person' || member.startDay > -30) continue;
    if (rng.chance(0.3 + 0.6 * member.traits.diligence))
      world.state.lastTraining[member.index] = -rng.between(20, 365);
  }
}
