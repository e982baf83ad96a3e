import type { Rng } from '../random.js';
import { allocate, hasReports, treeDepth, treeParent } from './allocate.js';
import { departments, type DepartmentSpec } from './departments.js';
import { locations, type LocationSpec } from './locations.js';
import type { Member } from './model.js';
import { familyNames, givenNames } from './names.js';
import { drawTraits } from './traits.js';

/** Direct reports per manager: a common span of control, an assumption of this demo. */
const SPAN = 7;
const DAYS_PER_YEAR = 365.25;

export interface PeopleContext {
  rng: Rng;
  people: number;
  days: number;
  domain: string;
}

/** Builds the people of the organisation: departments, a tree of managers, roles and traits. */
export function buildPeople(context: PeopleContext): Member[] {
  const counts = departmentSizes(context.people);
  const members: Member[] = [];
  const emails = new Map<string, number>();
  departments.forEach((department, d) => {
    const size = counts[d] ?? 0;
    const first = members.length;
    for (let i = 0; i < size; i += 1) {
      const slot: Slot = { department, i, size, first };
      members.push(buildPerson(context, slot, members, emails));
    }
  });
  return members;
}

function departmentSizes(people: number): number[] {
  const counts = allocate(
    people,
    departments.map((d) => d.share),
  );
  // The organisation always has a chief executive at index 0, whatever its size.
  if ((counts[0] ?? 0) === 0) {
    const largest = counts.indexOf(Math.max(...counts));
    counts[largest] = (counts[largest] ?? 1) - 1;
    counts[0] = 1;
  }
  return counts;
}

interface Slot {
  department: DepartmentSpec;
  /** Position inside the department; 0 is its head. */
  i: number;
  size: number;
  /** Index of the department's head among all members. */
  first: number;
}

function buildPerson(
  context: PeopleContext,
  slot: Slot,
  members: readonly Member[],
  emails: Map<string, number>,
): Member {
  const { rng } = context;
  const managerIndex = managerOf(slot);
  const manager = members[managerIndex];
  const isManager = slot.department.name !== 'Executive' && hasReports(slot.i, slot.size, SPAN);
  const head = slot.i === 0;
  const vip = head || slot.department.name === 'Executive';
  const employmentType = head || isManager ? 'full-time' : employment(rng, slot.department);
  const givenName = rng.pick(givenNames);
  const familyName = rng.pick(familyNames);
  const member: Member = {
    index: members.length,
    kind: 'person',
    email: uniqueEmail(`${givenName}.${familyName}`, context.domain, emails),
    givenName,
    familyName,
    name: `${givenName} ${familyName}`,
    department: slot.department,
    location: manager && rng.chance(0.7) ? manager.location : pickLocation(rng),
    title: titleOf(rng, slot, isManager),
    managerIndex,
    ownerIndex: -1,
    employmentType,
    startDay: startDay(rng, context.days, vip || isManager, employmentType),
    vip,
    isManager,
    privileged: rng.chance(head ? 0 : slot.department.privilegedShare),
    financialAuthority: financial(rng, slot, isManager),
    accessWeight: 0,
    agent: null,
    traits: { email: '', kind: 'person', susceptibility: 0, diligence: 0, exposure: 1, hazard: 0 },
    ids: vendorIds(rng, members.length, slot.department),
  };
  member.traits = drawTraits(rng, member);
  return member;
}

function managerOf(slot: Slot): number {
  if (slot.department.name === 'Executive') return slot.i === 0 ? -1 : 0;
  if (slot.i === 0) return 0;
  return slot.first + treeParent(slot.i, SPAN);
}

function titleOf(rng: Rng, slot: Slot, isManager: boolean): string {
  const { department } = slot;
  if (slot.i === 0) return department.headTitle;
  if (!isManager) return rng.pick(department.titles);
  if (treeDepth(slot.i, SPAN) === 1 && slot.size > 60) return `Director, ${department.name}`;
  return department.managerTitle;
}

function employment(rng: Rng, department: DepartmentSpec): string {
  if (rng.chance(department.contractorShare)) return 'contractor';
  if (rng.chance(0.03)) return 'part-time';
  if (rng.chance(0.02)) return 'intern';
  return 'full-time';
}

function financial(rng: Rng, slot: Slot, isManager: boolean): boolean {
  const name = slot.department.name;
  if (slot.i === 0 && (name === 'Executive' || name === 'Finance')) return true;
  if (isManager && name === 'Finance') return true;
  return rng.chance(slot.department.financialShare);
}

/**
 * Tenure is exponential (mean 3.5 years for staff, 1 year for contractors and interns, longer for
 * leaders); about 10 % a year of the others join during the period, in its first 60 %.
 */
function startDay(rng: Rng, days: number, senior: boolean, employmentType: string): number {
  const joinsDuring = !senior && rng.chance(Math.min(0.15, (0.1 * days) / DAYS_PER_YEAR));
  if (joinsDuring) return Math.floor(rng.next() * days * 0.6);
  const shortTerm = employmentType === 'contractor' || employmentType === 'intern';
  const meanYears = senior ? 6 : shortTerm ? 1 : 3.5;
  const years = Math.min(20, -Math.log(1 - rng.next()) * meanYears + (senior ? 1 : 0.05));
  return -Math.ceil(years * DAYS_PER_YEAR);
}

function pickLocation(rng: Rng): LocationSpec {
  return rng.weighted(locations, (l) => l.share);
}

function uniqueEmail(local: string, domain: string, seen: Map<string, number>): string {
  const base = local.toLowerCase().replace(/[^a-z0-9.]/g, '');
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return `${count === 1 ? base : `${base}${count}`}@${domain}`;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function vendorIds(rng: Rng, index: number, department: DepartmentSpec): Member['ids'] {
  const macShare = ['Engineering', 'Product', 'Marketing'].includes(department.name) ? 0.6 : 0.1;
  const platform = rng.chance(macShare) ? 'Mac' : 'Windows';
  const prefix = platform === 'Mac' ? 'MBP' : 'LT';
  return {
    okta: `00u${rng.text(17, ALNUM)}`,
    entra: rng.uuid(),
    knowbe4: 260000 + index * 13 + rng.int(13),
    host: `${prefix}-${String(index + 1).padStart(6, '0')}`,
    platform,
  };
}
