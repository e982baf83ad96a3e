import type { Rng } from '../random.js';
import { agentSpecs, type AgentSpec } from './agent-specs.js';
import type { Member } from './model.js';
import { drawAgentTraits } from './traits.js';

/** About one AI agent or service account per 40 people; every organisation has at least one. */
export const PEOPLE_PER_AGENT = 40;

const PREFIX = { 'service account': 'svc', bot: 'bot', 'LLM agent': 'agent' } as const;

/** Builds the organisation's AI agents, each owned by a person of the department that runs it. */
export function buildAgents(rng: Rng, people: readonly Member[], domain: string): Member[] {
  const count = Math.max(1, Math.round(people.length / PEOPLE_PER_AGENT));
  const pools = ownerPools(people);
  const agents: Member[] = [];
  for (let k = 0; k < count; k += 1) {
    const spec = agentSpecs[k % agentSpecs.length];
    if (!spec) continue;
    const instance = Math.floor(k / agentSpecs.length) + 1;
    const owner = pickOwner(rng, pools.get(spec.ownerDepartment), people);
    agents.push(buildAgent(rng, spec, instance, owner, people.length + k, domain));
  }
  return agents;
}

/** Per department, who may own an agent: its managers and privileged staff, else anyone. */
function ownerPools(people: readonly Member[]): Map<string, Member[]> {
  const all = new Map<string, Member[]>();
  const senior = new Map<string, Member[]>();
  for (const person of people) {
    const name = person.department.name;
    push(all, name, person);
    if (person.isManager || person.privileged) push(senior, name, person);
  }
  for (const [name, members] of all) if (!senior.has(name)) senior.set(name, members);
  return senior;
}

function push(map: Map<string, Member[]>, key: string, member: Member): void {
  const list = map.get(key);
  if (list) list.push(member);
  else map.set(key, [member]);
}

function pickOwner(
  rng: Rng,
  pool: readonly Member[] | undefined,
  people: readonly Member[],
): Member {
  const fallback = people[0];
  if (!fallback) throw new RangeError('an organisation needs at least one person');
  return pool && pool.length > 0 ? rng.pick(pool) : fallback;
}

function buildAgent(
  rng: Rng,
  spec: AgentSpec,
  instance: number,
  owner: Member,
  index: number,
  domain: string,
): Member {
  const suffix = instance > 1 ? `-${instance}` : '';
  const email = `${PREFIX[spec.kind]}-${spec.slug}${suffix}@${domain}`;
  const name = `${titleCase(spec.slug)}${instance > 1 ? ` ${instance}` : ''}`;
  return {
    index,
    kind: 'agent',
    email,
    givenName: name,
    familyName: '',
    name,
    department: owner.department,
    location: owner.location,
    title: spec.title,
    managerIndex: -1,
    ownerIndex: owner.index,
    employmentType: '',
    startDay: -rng.between(30, 700),
    vip: false,
    isManager: false,
    privileged: spec.grants.some((g) => g.admin === true),
    financialAuthority: false,
    accessWeight: 0,
    agent: spec,
    traits: drawAgentTraits(rng, email, spec.untrustedInput, owner.traits.diligence),
    ids: {
      okta: `00u${rng.hex(17)}`,
      entra: rng.uuid(),
      knowbe4: 0,
      host: `${spec.slug}-${rng.hex(6)}`,
      platform: 'Windows',
    },
  };
}

function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join(' ');
}
