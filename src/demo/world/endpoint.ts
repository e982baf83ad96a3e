import { browserAgent, usualIp } from '../formats/common.js';
import { webActivity } from '../formats/ocsf-classes.js';
import type { Member } from '../org/model.js';
import { PUP_DETECTION, SCRIPT_DETECTION, TAMPER_DETECTION } from './detections.js';
import { emitDetection, malwareOnDevice } from './incidents.js';
import { parameters as P } from './parameters.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

interface Site {
  host: string;
  categoryId: number;
  category: string;
}

/** OCSF website categories (dictionary `category_ids`) of the sites people stray to. */
const MALICIOUS_SITES: readonly Site[] = [
  { host: 'login-microsoftonline.example', categoryId: 92, category: 'Suspicious' },
  { host: 'free-software-crack.example', categoryId: 43, category: 'Malicious Sources/Malnets' },
  { host: 'cdn-update-check.example', categoryId: 43, category: 'Malicious Sources/Malnets' },
];

const POLICY_SITES: readonly Site[] = [
  { host: 'lucky-spins.example', categoryId: 11, category: 'Gambling' },
  { host: 'torrent-hub.example', categoryId: 83, category: 'Peer-to-Peer (P2P)' },
  { host: 'unblock-anything.example', categoryId: 86, category: 'Proxy Avoidance' },
];

/**
 * A person's device and browsing: malicious sites (more for the susceptible and careless, and
 * more while the campaign runs), drive-by downloads, blocked categories, unwanted software,
 * suspicious scripts and attempts to switch off the sensor.
 */
export function endpointDay(world: World, member: Member): void {
  const { rng } = world;
  const d = member.traits.diligence;
  const s = world.susceptibility(member);
  const engineer = ['Engineering', 'IT'].includes(member.department.name);
  if (rng.chance(P.maliciousSitePerDay * (s + 0.5 * (1 - d)) * (1 + world.ramp)))
    maliciousVisit(world, member);
  if (rng.chance(0.008 * (1.3 - d)))
    browse(world, member, rng.pick(POLICY_SITES), true, 'web.policy_violation');
  if (rng.chance(0.002 * (1.4 - d))) detection(world, member, 'pup');
  if (rng.chance(0.0015 * (1.2 - d) * (engineer ? 2 : 1))) detection(world, member, 'script');
  if (rng.chance(0.0002 * (1.2 - d) * (member.privileged ? 3 : 1)))
    detection(world, member, 'tamper');
}

function maliciousVisit(world: World, member: Member): void {
  const { rng } = world;
  const blocked = rng.chance(0.85);
  const time = browse(
    world,
    member,
    rng.pick(MALICIOUS_SITES),
    blocked,
    'web.malicious_site_visited',
  );
  if (!blocked && rng.chance(P.driveByDownload))
    malwareOnDevice(world, member, time + 30_000 + rng.int(300_000), 'download');
}

function browse(
  world: World,
  member: Member,
  site: Site,
  blocked: boolean,
  behaviour: string,
): number {
  const time = world.workTime(member);
  const record: Build = (r) =>
    webActivity(r, {
      time,
      product: { name: 'Zscaler Internet Access', vendor_name: 'Zscaler' },
      severityId: behaviour === 'web.malicious_site_visited' ? 4 : 2,
      message: `${blocked ? 'Blocked' : 'Allowed'} ${site.category} site ${site.host}`,
      member,
      url: `https://${site.host}/${r.hex(8)}`,
      hostname: site.host,
      categoryId: site.categoryId,
      category: site.category,
      blocked,
      ip: usualIp(r, member),
      userAgent: browserAgent(r, member),
    });
  world.emit('ocsf', time, record, trace(member, behaviour));
  return time;
}

function detection(world: World, member: Member, kind: 'pup' | 'script' | 'tamper'): void {
  const time = world.workTime(member);
  if (kind === 'pup')
    emitDetection(world, member, time, PUP_DETECTION, 'endpoint.unapproved_software');
  else if (kind === 'script')
    emitDetection(world, member, time, SCRIPT_DETECTION, 'endpoint.suspicious_script');
  else emitDetection(world, member, time, TAMPER_DETECTION, 'endpoint.security_tool_tampering');
}
