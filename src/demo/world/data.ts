import { securityAlert, fileEvidence } from '../formats/graph-alerts.js';
import { dataSecurityFinding } from '../formats/ocsf-classes.js';
import type { Member } from '../org/model.js';
import { dlpPerDay, leakPerDay } from './model.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

interface Policy {
  name: string;
  file: string;
  destination: string;
}

const POLICIES: readonly Policy[] = [
  {
    name: 'Customer personal data (GDPR)',
    file: 'customer-export.csv',
    destination: 'drive.google.com',
  },
  {
    name: 'Payment card numbers (PCI DSS)',
    file: 'refunds-q2.xlsx',
    destination: 'outlook.live.com',
  },
  { name: 'Source code', file: 'billing-service.zip', destination: 'wetransfer.com' },
  { name: 'Employee records', file: 'salaries-2026.xlsx', destination: 'dropbox.com' },
  { name: 'Confidential contracts', file: 'msa-draft-signed.pdf', destination: 'gmail.com' },
];

/**
 * Data handling: DLP matches (Purview alerts through Graph, or a CASB's OCSF findings) in
 * proportion to how much sensitive data the role moves and how careless the person is, and the
 * rare confirmed leak, likelier with broad, critical access.
 */
export function dataDay(world: World, member: Member): void {
  const { rng } = world;
  const workday = world.isWorkday() ? 1 : 0.1;
  if (rng.chance(dlpPerDay(member) * workday)) dlp(world, member, false);
  if (rng.chance(leakPerDay(member))) dlp(world, member, true);
}

function dlp(world: World, member: Member, leak: boolean): void {
  const { rng } = world;
  const policy = rng.pick(POLICIES);
  const time = world.workTime(member);
  const behaviour = leak ? 'data.leak_confirmed' : 'data.dlp_violation';
  if (rng.chance(0.5)) {
    const record: Build = (r) =>
      securityAlert(r, {
        time,
        member,
        serviceSource: 'dataLossPrevention',
        title: leak ? `Confirmed data leak: ${policy.name}` : `DLP policy match: ${policy.name}`,
        description: `${member.name} sent ${policy.file} to ${policy.destination}.`,
        category: 'Exfiltration',
        severity: leak ? 'high' : r.chance(0.5) ? 'low' : 'medium',
        status: leak ? 'resolved' : 'new',
        classification: leak ? 'truePositive' : null,
        determination: leak ? 'confirmedUserActivity' : null,
        mitreTechniques: ['T1567.002'],
        delayMinutes: 1 + r.int(30),
        extraEvidence: [fileEvidence(policy.file, r.hex(64), time)],
      });
    world.emit('graph-alerts', time, record, trace(member, behaviour));
    return;
  }
  const record: Build = (r) =>
    dataSecurityFinding(r, {
      time,
      product: { name: 'Netskope Security Cloud', vendor_name: 'Netskope' },
      severityId: leak ? 4 : 2,
      message: `${policy.file} to ${policy.destination} matched ${policy.name}`,
      member,
      policy: policy.name,
      fileName: policy.file,
      destination: policy.destination,
      blocked: !leak && r.chance(0.6),
      confirmedLeak: leak,
    });
  world.emit('ocsf', time, record, trace(member, behaviour));
}
