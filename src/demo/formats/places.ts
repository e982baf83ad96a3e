import type { Member } from '../org/model.js';
import { attackerOrigins, locations } from '../org/locations.js';
import type { Rng } from '../random.js';
import { ATTACKER_AGENT, attackerIp, browserAgent, homeIp, officeIp } from './common.js';
import type { OktaPlace } from './okta.js';

/** Where a member normally works from: their office, or home in the same city. */
export function usualPlace(rng: Rng, member: Member): OktaPlace {
  const atOffice = rng.chance(0.6);
  const { location } = member;
  return {
    ip: atOffice ? officeIp(rng, member) : homeIp(member),
    userAgent: browserAgent(rng, member),
    city: location.city,
    state: location.state,
    country: location.country,
    latitude: location.latitude,
    longitude: location.longitude,
    onNetwork: atOffice,
    asOrg: atOffice ? 'Halden & Rowe' : 'residential broadband',
  };
}

/** A business trip: another office's city, from a hotel network. */
export function travelPlace(rng: Rng, member: Member): OktaPlace {
  const others = locations.filter((l) => l.name !== member.location.name);
  const location = others.length > 0 ? rng.pick(others) : member.location;
  return {
    ip: `198.18.${rng.int(256)}.${1 + rng.int(254)}`,
    userAgent: browserAgent(rng, member),
    city: location.city,
    state: location.state,
    country: location.country,
    latitude: location.latitude,
    longitude: location.longitude,
    onNetwork: false,
    asOrg: 'hotel network',
  };
}

/** Attacker infrastructure somewhere abroad. */
export function attackerPlace(rng: Rng): OktaPlace {
  const origin = rng.pick(attackerOrigins);
  return {
    ip: attackerIp(rng),
    userAgent: ATTACKER_AGENT,
    city: origin.city,
    state: origin.state,
    country: origin.country,
    latitude: origin.latitude,
    longitude: origin.longitude,
    onNetwork: false,
    asOrg: origin.asOrg,
  };
}
