import { parseDemoOptions, type DemoOptionsInput } from '../options.js';
import { stream } from '../random.js';
import { Calendar } from '../world/calendar.js';
import { incidentHazard } from '../world/model.js';
import { grantAccess } from './access.js';
import { buildAgents } from './agents.js';
import type { DemoOrganisation } from './model.js';
import { buildPeople } from './people.js';
import { directoryRow } from './rows.js';

/**
 * Generates the demo organisation: people in departments under a tree of managers, contractors,
 * offices in several time zones, AI agents with human owners and scopes, and an access snapshot.
 * The hidden traits come back separately and never appear in the directory rows.
 */
export function generateOrganisation(input: DemoOptionsInput): DemoOrganisation {
  const options = parseDemoOptions(input);
  const rng = stream(options.seed, 'organisation');
  const people = buildPeople({
    rng,
    people: options.people,
    days: options.days,
    domain: options.domain,
  });
  const agents = buildAgents(rng, people, options.domain);
  const members = [...people, ...agents];
  const access = members.flatMap((member) => grantAccess(rng, member));
  for (const member of members) member.traits.hazard = incidentHazard(member);
  const calendar = new Calendar(options.endDate, options.days);
  return {
    options,
    members,
    directory: members.map((member) => directoryRow(member, members, calendar)),
    access,
    traits: members.map((member) => member.traits),
  };
}
