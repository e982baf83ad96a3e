import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import net from 'node:net';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { loadConfig } from '../config/config.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { createLogger } from '../logging/logger.js';
import type { Db } from '../storage/db.js';
import type { Tenant } from '../tenancy/tenant.js';
import { instantRetryEnv } from '../../test/support/local-http.js';
import type { DestinationRuntime } from './destination-runtime.js';
import { createDestinationRuntime } from './destination-runtime.js';
import { destinationDeliverer } from './delivery.js';
import { OutboxWorker } from './outbox.worker.js';

/** A clock the test moves by hand. */
export function manualClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** One key for the test process, as one server keeps one key across restarts. */
const SECRET_KEY = randomBytes(32).toString('base64');

/** A destination runtime for tests: the key, loopback allowed explicitly, a given clock. */
export function testDestinationRuntime(db: Db, clock: { now(): number }): DestinationRuntime {
  const config = loadConfig({
    BULWARK_SECRET_KEY: SECRET_KEY,
    BULWARK_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1/32,::1/128',
    BULWARK_OUTBOUND_TIMEOUT_MS: '3000',
    BULWARK_OUTBOX_MAX_ATTEMPTS: '4',
  });
  return createDestinationRuntime({
    db,
    config,
    logger: createLogger('silent'),
    clock,
    env: instantRetryEnv(),
  });
}

/** The outbox worker as the server runs it, jitter fixed at one half. */
export function testWorker(rt: DestinationRuntime): OutboxWorker {
  return new OutboxWorker({
    db: rt.db,
    clock: rt.clock,
    logger: rt.logger,
    policy: rt.outbox,
    deliverers: () => destinationDeliverer(rt),
    random: () => 0.5,
  });
}

/** People in a tenant's directory, with a risk score and level each, and a scoring time. */
export async function scoredPeople(
  db: Db,
  tenant: Tenant,
  people: { email: string; name?: string; department?: string; level: string; kind?: string }[],
  at: number,
): Promise<Map<string, string>> {
  // Agents need an owner: the first person listed.
  const owner = people.find((p) => (p.kind ?? 'person') === 'person')?.email ?? '';
  const csv = [
    'email,name,kind,department,owner_email',
    ...people.map(
      (p) =>
        `${p.email},"${p.name ?? p.email}",${p.kind ?? 'person'},"${p.department ?? ''}",${p.kind === 'agent' ? owner : ''}`,
    ),
  ].join('\n');
  const report = await importDirectory(
    db,
    tenant.id,
    readDirectoryCsv(Readable.from([Buffer.from(csv)])),
  );
  if (report.rejected > 0) throw new Error('directory rows rejected');
  const ids = new Map<string, string>();
  for (const p of people) {
    const row = await db.get<{ id: string }>(
      'SELECT id FROM identities WHERE tenant_id = ? AND email_lc = ?',
      [tenant.id, p.email.toLowerCase()],
    );
    if (!row) throw new Error(`no identity ${p.email}`);
    ids.set(p.email, row.id);
    await setLevel(db, tenant, row.id, p.level, at, p.kind ?? 'person');
  }
  await markScored(db, tenant, at);
  return ids;
}

const RISK: Record<string, number> = { low: 12, medium: 40, high: 62, critical: 85 };

/** Writes an identity's score as scoring would (the index in the middle of its level's band). */
export async function setLevel(
  db: Db,
  tenant: Tenant,
  identityId: string,
  level: string,
  at: number,
  kind = 'person',
): Promise<void> {
  const risk = RISK[level] ?? 0;
  await db.run('DELETE FROM risk_scores WHERE tenant_id = ? AND identity_id = ?', [
    tenant.id,
    identityId,
  ]);
  await db.run(
    `INSERT INTO risk_scores (tenant_id, identity_id, kind, risk, own_risk, likelihood, behavior,
       threat, access, protection, level, percentile, model_version, computed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [tenant.id, identityId, kind, risk, risk, risk / 1.2, risk, 10, 20, 5, level, 50, 'test', at],
  );
}

/** Moves the tenant's scoring time, as a scoring run that wrote scores does. */
export async function markScored(db: Db, tenant: Tenant, at: number): Promise<void> {
  await db.run('DELETE FROM risk_cursors WHERE tenant_id = ?', [tenant.id]);
  await db.run(
    `INSERT INTO risk_cursors (tenant_id, last_seq, version, refreshed_day, directory_marker,
       weights_marker, model_version, scored_at) VALUES (?, 0, 1, '2026-01-01', '', '', 'test', ?)`,
    [tenant.id, at],
  );
}

export interface SyslogSink {
  port: number;
  messages: string[];
  close(): Promise<void>;
}

/** A UDP syslog receiver on loopback: one message per datagram. */
export async function udpSink(): Promise<SyslogSink> {
  const socket = dgram.createSocket('udp4');
  const messages: string[] = [];
  socket.on('message', (m) => messages.push(m.toString('utf8')));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    messages,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

/** A TCP (or, with a key and certificate, TLS) syslog receiver on loopback: octet-counted frames. */
export async function tcpSink(tlsOptions?: { key: Buffer; cert: Buffer }): Promise<SyslogSink> {
  const messages: string[] = [];
  const onSocket = (socket: net.Socket) => {
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const space = buffer.indexOf(0x20);
        if (space < 0) return;
        const length = Number(buffer.subarray(0, space).toString());
        if (buffer.length < space + 1 + length) return;
        messages.push(buffer.subarray(space + 1, space + 1 + length).toString('utf8'));
        buffer = buffer.subarray(space + 1 + length);
      }
    });
  };
  const server = tlsOptions ? tls.createServer(tlsOptions, onSocket) : net.createServer(onSocket);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
