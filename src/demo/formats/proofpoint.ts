import type { Rng } from '../random.js';
import type { JsonRecord } from './common.js';
import { iso } from './common.js';

export type TapClassification = 'phish' | 'malware' | 'impostor' | 'spam';

export interface TapThreat {
  id: string;
  classification: TapClassification;
  type: 'url' | 'attachment' | 'messageText';
  url: string;
  campaignId: string | null;
}

export interface TapMessageInput {
  time: number;
  recipient: string;
  sender: string;
  senderIp: string;
  subject: string;
  threat: TapThreat;
  blocked: boolean;
  filename?: string;
}

const THREAT_BASE =
  'https://threatinsight.proofpoint.com/4d5b3c1e-0000-4a6d-9d2e-000000000001/threat/email';

/** One item of `messagesDelivered` or `messagesBlocked` (note: `recipient` is an array here). */
export function tapMessage(rng: Rng, input: TapMessageInput): JsonRecord {
  const { threat } = input;
  const score = (kind: TapClassification): number =>
    threat.classification === kind ? 90 + rng.int(11) : rng.int(15);
  const messageId = `<${rng.hex(16)}.${rng.hex(8)}@${input.sender.split('@')[1] ?? 'mail.example'}>`;
  return {
    spamScore: threat.classification === 'spam' ? 95 + rng.int(5) : rng.int(40),
    phishScore: score('phish'),
    impostorScore: score('impostor'),
    malwareScore: score('malware'),
    threatsInfoMap: [
      {
        threatID: threat.id,
        threatStatus: 'active',
        classification: threat.classification,
        threatUrl: `${THREAT_BASE}/${threat.id}`,
        threatTime: iso(input.time - rng.int(3_600_000)),
        threat: threat.type === 'attachment' ? threat.id : threat.url,
        campaignID: threat.campaignId,
        threatType: threat.type,
      },
    ],
    messageTime: iso(input.time),
    cluster: 'haldenrowe_hosted',
    subject: input.subject,
    quarantineFolder: input.blocked ? quarantineFolder(threat.classification) : null,
    quarantineRule: input.blocked ? `module.${threat.classification}.block` : null,
    policyRoutes: ['default_inbound'],
    modulesRun: ['access', 'av', 'spam', 'dkimv', 'spf', 'dmarc', 'urldefense', 'sandbox'],
    messageSize: 8_000 + rng.int(120_000),
    headerFrom: `"${displayName(input.sender)}" <${input.sender}>`,
    headerReplyTo: null,
    fromAddress: [input.sender],
    ccAddresses: [],
    replyToAddress: [],
    toAddresses: [input.recipient],
    xmailer: null,
    messageParts: messageParts(rng, input),
    completelyRewritten: !input.blocked,
    id: rng.uuid(),
    QID: `r${rng.hex(13)}`,
    GUID: rng.text(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    sender: input.sender,
    recipient: [input.recipient],
    senderIP: input.senderIp,
    messageID: messageId,
  };
}

function quarantineFolder(classification: TapClassification): string {
  if (classification === 'malware') return 'Malware';
  if (classification === 'impostor') return 'Impostor';
  if (classification === 'spam') return 'Spam';
  return 'Phish';
}

function messageParts(rng: Rng, input: TapMessageInput): JsonRecord[] {
  const body = {
    disposition: 'inline',
    sha256: rng.hex(64),
    md5: rng.hex(32),
    filename: 'text.html',
    sandboxStatus: null,
    oContentType: 'text/html',
    contentType: 'text/html',
  };
  if (!input.filename) return [body];
  const attachment = {
    disposition: 'attached',
    sha256: rng.hex(64),
    md5: rng.hex(32),
    filename: input.filename,
    sandboxStatus: 'threat',
    oContentType: 'application/octet-stream',
    contentType: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  };
  return [body, attachment];
}

function displayName(address: string): string {
  const local = address.split('@')[0] ?? address;
  return local.replace(/[._-]+/g, ' ');
}

export interface TapClickInput {
  time: number;
  recipient: string;
  sender: string;
  senderIp: string;
  clickIp: string;
  userAgent: string;
  threat: TapThreat;
  messageTime: number;
}

/** One item of `clicksPermitted` or `clicksBlocked` (`recipient` is a string here). */
export function tapClick(rng: Rng, input: TapClickInput): JsonRecord {
  return {
    campaignId: input.threat.campaignId,
    classification: input.threat.classification,
    clickIP: input.clickIp,
    clickTime: iso(input.time),
    GUID: rng.text(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    id: rng.uuid(),
    messageID: `<${rng.hex(16)}@${input.sender.split('@')[1] ?? 'mail.example'}>`,
    recipient: input.recipient,
    sender: input.sender,
    senderIP: input.senderIp,
    threatID: input.threat.id,
    threatTime: iso(Math.min(input.time, input.messageTime + rng.int(600_000))),
    threatURL: `${THREAT_BASE}/${input.threat.id}`,
    threatStatus: 'active',
    url: input.threat.url,
    userAgent: input.userAgent,
  };
}

export interface TapArrays {
  clicksPermitted: JsonRecord[];
  clicksBlocked: JsonRecord[];
  messagesDelivered: JsonRecord[];
  messagesBlocked: JsonRecord[];
}

/** A `/v2/siem/all` response for one query interval (at most an hour). */
export function tapEnvelope(queryEndTime: number, arrays: TapArrays): JsonRecord {
  return { queryEndTime: `${iso(queryEndTime).slice(0, 19)}Z`, ...arrays };
}

export interface VapUser {
  email: string;
  name: string;
  department: string;
  title: string;
  location: string;
  vip: boolean;
  guid: string;
  attackIndex: number;
  families: { name: string; score: number }[];
}

/** A People API `/v2/people/vap` response for a window ending at `end`. */
export function vapResponse(
  end: number,
  windowDays: number,
  users: readonly VapUser[],
  averageAttackIndex: number,
  threshold: number,
): JsonRecord {
  const start = end - windowDays * 86_400_000;
  return {
    users: users.map((user) => ({
      identity: {
        guid: user.guid,
        customerUserId: null,
        emails: [user.email],
        name: user.name,
        department: user.department,
        location: user.location,
        title: user.title,
        vip: user.vip,
      },
      threatStatistics: { attackIndex: Math.round(user.attackIndex), families: user.families },
    })),
    totalVapUsers: users.length,
    interval: `${iso(start).slice(0, 19)}Z/${iso(end).slice(0, 19)}Z`,
    averageAttackIndex: Math.round(averageAttackIndex * 10_000) / 10_000,
    vapAttackIndexThreshold: Math.round(threshold * 10_000) / 10_000,
  };
}
