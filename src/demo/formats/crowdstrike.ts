import type { Member } from '../org/model.js';
import type { Rng } from '../random.js';
import type { JsonRecord } from './common.js';
import { iso } from './common.js';

const CID = '4c8e1f7a2b3d4e5f9a0b1c2d3e4f5a6b';

/** What the sensor saw, in CrowdStrike's own vocabulary. */
export interface Detection {
  name: string;
  description: string;
  severity: number;
  tactic: string;
  tacticId: string;
  technique: string;
  techniqueId: string;
  objective: string;
  filename: string;
  filepath: string;
  cmdline: string;
  /** Whether the sensor stopped it (quarantine, process kill) or only detected it. */
  prevented: boolean;
}

export interface DetectionInput {
  time: number;
  member: Member;
  detection: Detection;
  localIp: string;
}

/** One alert of `POST /alerts/combined/alerts/v1` (`resources[]`), endpoint protection. */
export function falconAlert(rng: Rng, input: DetectionInput): JsonRecord {
  const { member, detection } = input;
  const agentId = agentIdOf(member);
  const aggregate = `aggind:${agentId}:${rng.int(1e9) * 1000 + rng.int(1000)}`;
  const id = `ind:${agentId}:${rng.int(1e9) * 100 + rng.int(100)}-${detection.severity}-${rng.int(1e6)}`;
  const disposition = dispositionOf(detection.prevented);
  const sha = rng.hex(64);
  return {
    composite_id: `${CID}:${id}`,
    id,
    aggregate_id: aggregate,
    cid: CID,
    agent_id: agentId,
    product: 'epp',
    type: 'ldt',
    name: detection.name,
    display_name: detection.name,
    description: detection.description,
    severity: detection.severity,
    severity_name: severityName(detection.severity),
    confidence: 60 + rng.int(40),
    status: 'new',
    tactic: detection.tactic,
    tactic_id: detection.tacticId,
    technique: detection.technique,
    technique_id: detection.techniqueId,
    objective: detection.objective,
    scenario: detection.prevented ? 'suspicious_activity' : 'known_malware',
    pattern_id: 10_000 + rng.int(40_000),
    user_name: member.email,
    user_id: `S-1-12-1-${1_000_000 + member.index}`,
    logon_domain: 'AzureAD',
    timestamp: iso(input.time),
    created_timestamp: iso(input.time + 5_000 + rng.int(60_000)),
    updated_timestamp: iso(input.time + 70_000 + rng.int(600_000)),
    falcon_host_link: `https://falcon.crowdstrike.com/activity-v2/detections/${CID}:${id}`,
    device: device(member, input.localIp),
    filename: detection.filename,
    filepath: detection.filepath,
    cmdline: detection.cmdline,
    sha256: sha,
    md5: rng.hex(32),
    parent_details: {
      filename: 'explorer.exe',
      cmdline: 'C:\\Windows\\Explorer.EXE',
      user_name: member.email,
    },
    pattern_disposition: disposition.value,
    pattern_disposition_description: disposition.description,
    pattern_disposition_details: disposition.details,
    source_products: ['Falcon Insight'],
    source_vendors: ['CrowdStrike'],
    data_domains: ['Endpoint'],
  };
}

/** An Event Streams `EPPDetectionSummaryEvent` (the streaming API's envelope and event). */
export function falconStreamDetection(rng: Rng, input: DetectionInput, offset: number): JsonRecord {
  const { member, detection } = input;
  const agentId = agentIdOf(member);
  const disposition = dispositionOf(detection.prevented);
  const compositeId = `${CID}:ind:${agentId}:${rng.int(1e9)}-${detection.severity}-${rng.int(1e6)}`;
  return {
    metadata: {
      customerIDString: CID,
      offset,
      eventType: 'EPPDetectionSummaryEvent',
      eventCreationTime: input.time + 5_000 + rng.int(60_000),
      version: '1.0',
    },
    event: {
      AgentId: agentId,
      AggregateId: `aggind:${agentId}:${rng.int(1e9)}`,
      CompositeId: compositeId,
      Hostname: member.ids.host,
      LocalIP: input.localIp,
      UserName: member.email,
      Name: detection.name,
      Description: detection.description,
      Severity: detection.severity,
      SeverityName: severityName(detection.severity),
      Tactic: detection.tactic,
      Technique: detection.technique,
      Objective: detection.objective,
      FileName: detection.filename,
      FilePath: detection.filepath,
      CommandLine: detection.cmdline,
      SHA256String: rng.hex(64),
      MD5String: rng.hex(32),
      PatternDispositionValue: disposition.value,
      PatternDispositionDescription: disposition.description,
      PatternDispositionFlags: disposition.details,
      FalconHostLink: `https://falcon.crowdstrike.com/activity-v2/detections/${compositeId}`,
      Type: 'ldt',
      ProcessStartTime: Math.floor(input.time / 1000),
      UTCTimestamp: input.time,
    },
  };
}

function agentIdOf(member: Member): string {
  return member.ids.entra.replace(/-/g, '');
}

function device(member: Member, localIp: string): JsonRecord {
  const mac = member.ids.platform === 'Mac';
  return {
    device_id: agentIdOf(member),
    hostname: member.ids.host,
    platform_name: mac ? 'Mac' : 'Windows',
    os_version: mac ? 'Sonoma (14)' : 'Windows 11',
    local_ip: localIp,
    external_ip: `198.51.100.${member.location.egressBase + 1}`,
    machine_domain: mac ? '' : 'AzureAD',
    ou: [],
    groups: [],
  };
}

function severityName(severity: number): string {
  if (severity >= 90) return 'Critical';
  if (severity >= 70) return 'High';
  if (severity >= 50) return 'Medium';
  if (severity >= 30) return 'Low';
  return 'Informational';
}

function dispositionOf(prevented: boolean): {
  value: number;
  description: string;
  details: JsonRecord;
} {
  if (!prevented)
    return {
      value: 0,
      description: 'Detection, standard detection.',
      details: {
        indicator: false,
        detect: true,
        quarantine_file: false,
        kill_process: false,
        blocking_unsupported_or_disabled: false,
      },
    };
  return {
    value: 2048,
    description: 'Prevention, process killed.',
    details: {
      indicator: false,
      detect: false,
      quarantine_file: true,
      kill_process: true,
      blocking_unsupported_or_disabled: false,
    },
  };
}
