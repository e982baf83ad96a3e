// The fixture of the risk benchmarks: identities and events written straight into the tables with
// the raw SQLite driver (the ingest path has its own benchmark; here we need 10 M events quickly).
// Rows look like what ingest stores: same columns, same indexes, details JSON as ingest writes it.
import type { SqliteDb } from '../src/storage/sqlite.js';
import { createModel } from '../src/risk/index.js';

const DAY = 86_400_000;

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Demo-like behaviour mix (bench/risk-model.bench.ts); other behaviours are rare. */
const mix: Readonly<Record<string, number>> = {
  'threat.malicious_email_blocked': 150_000,
  'threat.impersonation_targeted': 32_000,
  'auth.signin_failed': 24_000,
  'threat.malicious_email_delivered': 22_000,
  'phishing.sim_opened': 12_000,
  'threat.password_spray_targeted': 8_000,
  'phishing.real_reported': 6_000,
  'training.completed': 5_000,
  'auth.mfa_push_denied': 5_000,
  'phishing.sim_clicked': 4_000,
  'training.overdue': 4_000,
  'phishing.sim_reported': 3_500,
  'threat.risky_signin': 2_400,
  'data.dlp_violation': 1_900,
  'phishing.real_clicked': 1_700,
  'phishing.real_credentials_submitted': 800,
};

export const DEPARTMENTS = [
  'Sales',
  'Finance',
  'Engineering',
  'Support',
  'Legal',
  'Operations',
  'HR',
  'Marketing',
];

export function identityId(i: number): string {
  return `id${i.toString(36).padStart(6, '0')}`;
}

/** `n` people in eight departments, managers every 20, a tenth with a critical entitlement. */
export function insertIdentities(db: SqliteDb, tenantId: string, n: number, now: number): void {
  const conn = db.driver;
  const identity = conn.prepare(
    `INSERT INTO identities (tenant_id, id, kind, email, email_lc, name, department, title, location,
       manager_id, source, content_hash, search_lc, created_at, updated_at)
     VALUES (?, ?, 'person', ?, ?, ?, ?, ?, ?, ?, 'bench', '', ?, ?, ?)`,
  );
  const resource = conn.prepare(
    `INSERT INTO resources (tenant_id, id, name, name_lc, criticality, updated_at) VALUES (?, 'r1', 'ledger', 'ledger', 'critical', ?)`,
  );
  const grant = conn.prepare(
    `INSERT INTO entitlements (tenant_id, identity_id, resource_id, entitlement, admin, updated_at) VALUES (?, ?, 'r1', 'member', 0, ?)`,
  );
  conn.transaction(() => {
    resource.run(tenantId, now);
    for (let i = 0; i < n; i++) {
      const id = identityId(i);
      const email = `person${i}@bench.example`;
      const department = DEPARTMENTS[i % DEPARTMENTS.length] ?? '';
      const manager = i % 20 === 0 ? null : identityId(i - (i % 20));
      identity.run(
        tenantId,
        id,
        email,
        email,
        `Person ${i}`,
        department,
        'Clerk',
        'Berlin',
        manager,
        `${email} person ${i} clerk ${department.toLowerCase()}`,
        now,
        now,
      );
      if (i % 10 === 0) grant.run(tenantId, id, now);
    }
  })();
}

/**
 * `count` events over the year before `now`, drawn from `mix`, on identities chosen with a skew (a
 * few heavy, many light), in time order, appended after `firstId`. 2 % of simulated clicks are
 * flagged as a mail scanner's. Returns the next free event number.
 */
export function insertEvents(
  db: SqliteDb,
  tenantId: string,
  identities: number,
  count: number,
  now: number,
  firstId: number,
  seed: number,
): number {
  const model = createModel();
  const types = model.behaviours.map((b) => b.type);
  const weights = types.map((t) => mix[t] ?? 20);
  const total = weights.reduce((a, w) => a + w, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push((sum + w) / total), sum + w), 0);
  const rnd = random(seed);
  const conn = db.driver;
  const insert = conn.prepare(
    `INSERT INTO events (tenant_id, source, event_id, time, type, subject, subject_lc, identity_id, severity, details, ingested_at)
     VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const start = now - 365 * DAY;
  const batch = 200_000;
  for (let done = 0; done < count; done += batch) {
    conn.transaction(() => {
      for (let k = done; k < Math.min(count, done + batch); k++) {
        const u = rnd();
        let lo = 0;
        let hi = cumulative.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((cumulative[mid] ?? 1) < u) lo = mid + 1;
          else hi = mid;
        }
        const type = types[lo] ?? 'auth.signin_failed';
        const who = Math.floor(identities * rnd() ** 1.5);
        const subject = `person${who}@bench.example`;
        const details =
          type === 'phishing.sim_clicked' && rnd() < 0.02
            ? '{"automated":true}'
            : '{"source":"bench"}';
        const time = start + Math.floor(((k + 0.5) / count) * 365 * DAY);
        insert.run(
          tenantId,
          `b${firstId + k}`,
          time,
          type,
          subject,
          subject,
          identityId(who),
          details,
          now,
        );
      }
    })();
  }
  return firstId + count;
}
