import type { Calendar } from '../world/calendar.js';
import type { DirectoryRow, Member } from './model.js';

/** The directory CSV row of a member, as an HR system or IdP export would have it. */
export function directoryRow(
  member: Member,
  members: readonly Member[],
  calendar: Calendar,
): DirectoryRow {
  const agent = member.agent;
  return {
    email: member.email,
    name: member.name,
    kind: member.kind,
    department: member.department.name,
    title: member.title,
    location: agent ? 'Cloud' : member.location.name,
    timezone: agent ? 'UTC' : member.location.timezone,
    manager_email: members[member.managerIndex]?.email ?? '',
    owner_email: members[member.ownerIndex]?.email ?? '',
    employment_type: member.employmentType,
    start_date: calendar.date(member.startDay),
    groups: groupsOf(member).join(';'),
    privileged: member.privileged ? 'true' : 'false',
    business_unit: member.department.businessUnit,
    financial_authority: member.financialAuthority ? 'true' : 'false',
    scopes: agent ? agent.scopes.join(';') : '',
  };
}

function groupsOf(member: Member): string[] {
  if (member.agent) {
    const kind = member.agent.kind;
    return [kind === 'LLM agent' ? 'AI Agents' : kind === 'bot' ? 'Bots' : 'Service Accounts'];
  }
  const groups = ['All Staff', member.department.name, `Office ${member.location.name}`];
  if (member.isManager || member.vip) groups.push('People Managers');
  if (member.vip) groups.push('VIP');
  if (member.privileged) groups.push('Privileged Access');
  if (member.financialAuthority) groups.push('Financial Approvers');
  if (member.employmentType === 'contractor') groups.push('Contractors');
  return groups;
}
