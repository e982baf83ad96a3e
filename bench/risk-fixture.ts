// The fixture of the risk benchmarks: identities and events written straight into the tables with
// the raw SQLite driver, or through the query layer on PostgreSQL (the ingest path has its own
// benchmark; here we need millions of events quickly).
// Rows look like what ingest stores: same columns, same indexes, details JSON as ingest writes it.
import type { Db, SqlValue } from '../src/storage/db.js';
import type { SqliteDb } from '../src/storage/sqlite.js';
import { eventColumns } from '../src/events/event.repository.js';
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

/** Columns of the identity rows `identityRows` yields, in order. */
export const IDENTITY_COLUMNS = [
  'tenant_id',
  'id',
  'kind',
  'email',
  'email_lc',
  'name',
  'department',
  'title',
  'location',
  'manager_id',
  'source',
  'content_hash',
  'search_lc',
  'created_at',
  'updated_at',
] as const;

/** `n` people in eight departments, managers every 20. */
export function* identityRows(tenantId: string, n: number, now: number): Generator<SqlValue[]> {
  for (let i = 0; i < n; i++) {
    const id = identityId(i);
    const email = `person${i}@bench.example`;
    const department = DEPARTMENTS[i % DEPARTMENTS.length] ?? '';
    const manager = i % 20 === 0 ? null : identityId(i - (i % 20));
    const search = `${email} person ${i} clerk ${department.toLowerCase()}`;
    yield [
      tenantId,
      id,
      'person',
      email,
      email,
      `Person ${i}`,
      department,
      'Clerk',
      'Berlin',
      manager,
      'bench',
      '',
      search,
      now,
      now,
    ];
  }
}

/** `n` people in eight departments, managers every 20, a tenth with a critical entitlement. */
export function insertIdentities(db: SqliteDb, tenantId: string, n: number, now: number): void {
  const conn = db.driver;
  const identity = conn.prepare(
    `INSERT INTO identities (${IDENTITY_COLUMNS.join(', ')}) VALUES (${IDENTITY_COLUMNS.map(() => '?').join(', ')})`,
  );
  const resource = conn.prepare(
    `INSERT INTO resources (tenant_id, id, name, name_lc, criticality, updated_at) VALUES (?, 'r1', 'ledger', 'ledger', 'critical', ?)`,
  );
  const grant = conn.prepare(
    `INSERT INTO entitlements (tenant_id, identity_id, resource_id, entitlement, admin, updated_at) VALUES (?, ?, 'r1', 'member', 0, ?)`,
  );
  conn.transaction(() => {
    resource.run(tenantId, now);
    let i = 0;
    for (const row of identityRows(tenantId, n, now)) {
      identity.run(...row);
      if (i++ % 10 === 0) grant.run(tenantId, row[1], now);
    }
  })();
}

/** The same identities through the product's query layer (any engine, e.g. PostgreSQL). */
export async function insertIdentitiesWith(
  db: Db,
  tenantId: string,
  n: number,
  now: number,
): Promise<void> {
  await db.run(
    `INSERT INTO resources (tenant_id, id, name, name_lc, criticality, updated_at) VALUES (?, 'r1', 'ledger', 'ledger', 'critical', ?)`,
    [tenantId, now],
  );
  const rows = [...identityRows(tenantId, n, now)];
  for (let k = 0; k < rows.length; k += 5_000)
    await db.insertMany('identities', IDENTITY_COLUMNS, rows.slice(k, k + 5_000));
  const grants = rows
    .filter((_, i) => i % 10 === 0)
    .map((r) => [tenantId, r[1] ?? null, 'r1', 'member', 0, now]);
  for (let k = 0; k < grants.length; k += 5_000)
    await db.insertMany(
      'entitlements',
      ['tenant_id', 'identity_id', 'resource_id', 'entitlement', 'admin', 'updated_at'],
      grants.slice(k, k + 5_000),
    );
}

/**
 * `count` events over the year before `now`, drawn from `mix`, on identities chosen with a skew (a
 * few heavy, many light), in time order, numbered from `firstId`. 2 % of simulated clicks are
 * flagged as a mail scanner's. Rows follow the product's `eventColumns`.
 */
export function* eventRows(
  tenantNo: number,
  identities: number,
  count: number,
  now: number,
  firstId: number,
  seed: number,
): Generator<SqlValue[]> {
  const model = createModel();
  const types = model.behaviours.map((b) => b.type);
  const weights = types.map((t) => mix[t] ?? 20);
  const total = weights.reduce((a, w) => a + w, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push((sum + w) / total), sum + w), 0);
  const rnd = random(seed);
  const start = now - 365 * DAY;
  for (let k = 0; k < count; k++) {
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
      type === 'phishing.sim_clicked' && rnd() < 0.02 ? '{"automated":true}' : '{"source":"bench"}';
    const time = start + Math.floor(((k + 0.5) / count) * 365 * DAY);
    yield [
      'bench',
      `b${firstId + k}`,
      time,
      type,
      subject,
      subject,
      null,
      details,
      tenantNo,
      identityId(who),
      now,
    ];
  }
}

/** Writes `eventRows` with the raw SQLite driver. Returns the next free event number. */
export function insertEvents(
  db: SqliteDb,
  tenantNo: number,
  identities: number,
  count: number,
  now: number,
  firstId: number,
  seed: number,
): number {
  const conn = db.driver;
  const insert = conn.prepare(
    `INSERT INTO events (${eventColumns.join(', ')}) VALUES (${eventColumns.map(() => '?').join(', ')})`,
  );
  const rows = eventRows(tenantNo, identities, count, now, firstId, seed);
  const batch = 200_000;
  for (let done = 0; done < count; done += batch)
    conn.transaction(() => {
      for (let k = 0; k < batch; k++) {
        const next = rows.next();
        if (next.done) return;
        insert.run(...next.value);
      }
    })();
  return firstId + count;
}

/** The same events through the product's query layer (any engine). Returns the next number. */
export async function insertEventsWith(
  db: Db,
  tenantNo: number,
  identities: number,
  count: number,
  now: number,
  firstId: number,
  seed: number,
): Promise<number> {
  let batch: SqlValue[][] = [];
  for (const row of eventRows(tenantNo, identities, count, now, firstId, seed)) {
    batch.push(row);
    if (batch.length === 20_000) {
      await db.insertMany('events', eventColumns, batch);
      batch = [];
    }
  }
  if (batch.length) await db.insertMany('events', eventColumns, batch);
  return firstId + count;
}
