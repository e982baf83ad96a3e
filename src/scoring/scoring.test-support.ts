import { Readable } from 'node:stream';
import { defaultCatalog } from '../catalog/catalog.js';
import { importAccess } from '../directory/access-import.service.js';
import { readAccessFile } from '../directory/access-reader.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { nativeFormat } from '../events/formats/native.format.js';
import { ingestRecords } from '../events/ingest.service.js';
import { readRecords } from '../events/record-reader.js';
import type { Db } from '../storage/db.js';
import type { Tenant } from '../tenancy/tenant.js';

export const T0 = Date.parse('2026-03-01T00:00:00Z');
export const DAY = 86_400_000;

/** A small organisation: a manager with reports in two departments and an agent she owns. */
export async function smallOrg(db: Db, tenant: Tenant, people = 12): Promise<string[]> {
  const domain = `${tenant.slug}.test`;
  const emails = Array.from({ length: people }, (_, i) => `p${i}@${domain}`);
  const rows = emails.map(
    (e, i) =>
      `${e},Person ${i},person,${i % 2 ? 'Finance' : 'Sales'},${i === 0 ? 'Head' : 'Clerk'},${i === 0 ? '' : emails[0]},`,
  );
  rows.push(`bot@${domain},Bot,agent,Finance,Agent,,${emails[0]}`);
  const csv = ['email,name,kind,department,title,manager_email,owner_email', ...rows].join('\n');
  await importDirectory(db, tenant.id, readDirectoryCsv(Readable.from([Buffer.from(csv)])));
  const access = [
    'email,resource,criticality,entitlement,admin',
    `${emails[1]},ledger,critical,member,true`,
    `${emails[2]},crm,medium,member,false`,
  ].join('\n');
  await importAccess(
    db,
    tenant.id,
    readAccessFile(Readable.from([Buffer.from(access)]), 'csv', 'a.csv'),
  );
  return [...emails, `bot@${domain}`];
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const types = [
  'phishing.sim_clicked',
  'phishing.real_clicked',
  'phishing.real_reported',
  'training.completed',
  'threat.malicious_email_delivered',
  'auth.signin_failed',
  'data.dlp_violation',
  'endpoint.malware_executed',
];

/** Native events in random time order: ordinary ones, scanner clicks and an MFA push burst. */
export function randomEvents(emails: readonly string[], count: number, seed: number): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const subject = emails[Math.floor(rnd() * emails.length)] ?? '';
    const type = types[Math.floor(rnd() * types.length)] ?? '';
    const automated = type === 'phishing.sim_clicked' && rnd() < 0.3;
    out.push(
      native(
        `s${seed}-${i}`,
        T0 + Math.floor(rnd() * 60 * DAY),
        type,
        subject,
        automated ? { automated: true } : {},
      ),
    );
  }
  // One lone push (must not score) and a burst of four (must) for the first two people.
  out.push(
    native(`lone-${seed}`, T0 + 5 * DAY, 'threat.mfa_fatigue_attack', emails[1] ?? '', {
      requiresBurst: true,
    }),
  );
  for (let k = 0; k < 4; k++)
    out.push(
      native(
        `burst-${seed}-${k}`,
        T0 + 7 * DAY + k * 60_000,
        'threat.mfa_fatigue_attack',
        emails[2] ?? '',
        {
          requiresBurst: true,
        },
      ),
    );
  return out;
}

export function native(
  id: string,
  time: number,
  type: string,
  subject: string,
  details: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    id,
    time: new Date(time).toISOString(),
    source: 'test',
    type,
    subject,
    details,
  });
}

export async function ingestLines(
  db: Db,
  tenant: Tenant,
  lines: readonly string[],
  now: number,
): Promise<void> {
  await ingestRecords(
    { db, catalog: defaultCatalog, clock: { now: () => now } },
    tenant.id,
    nativeFormat,
    readRecords(Readable.from([Buffer.from(lines.join('\n'))]), 'test.ndjson'),
  );
}
