import dgram from 'node:dgram';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/support/database.js';
import { createTestDatabase } from '../../../test/support/database.js';
import { makeTenant } from '../../../test/support/factories.js';
import { catalogForTenant } from '../../catalog/catalog.service.js';
import { loadConfig } from '../../config/config.js';
import { createLogger } from '../../logging/logger.js';
import { systemClock } from '../../shared/clock.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { addSyslogSource } from './syslog-source.service.js';
import type { RunningSyslog } from './syslog.start.js';
import { startSyslog } from './syslog.start.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

let t: TestDatabase;
let tenant: Tenant;
let syslog: RunningSyslog;

const cef = (user: string, id: string) =>
  `<134>1 2026-05-05T10:00:00.000Z proxy01 zscaler - - - CEF:0|Zscaler|NSSWeblog|6.1|Phishing|URL blocked: Phishing|8|act=Blocked cat=Phishing suser=${user} externalId=${id} rt=1777975200000`;
const octet = (m: string) => `${Buffer.byteLength(m)} ${m}`;

beforeAll(async () => {
  t = await createTestDatabase();
  tenant = await makeTenant(t.db);
  await addSyslogSource(t.db, tenant.id, '127.0.0.1', Date.now());
  const config = loadConfig({
    BULWARK_SYSLOG_TLS_CERT: `${fixtures}test-cert.pem`,
    BULWARK_SYSLOG_TLS_KEY: `${fixtures}test-key.pem`,
    BULWARK_SYSLOG_MAX_MESSAGE_BYTES: '1024',
  });
  syslog = await startSyslog(
    {
      db: t.db,
      clock: systemClock,
      logger: createLogger('silent'),
      catalogFor: (id) => catalogForTenant(t.db, id),
    },
    config,
    { udp: 'any', tcp: 'any', tls: 'any' },
  );
});
afterAll(async () => {
  await syslog.stop();
  await t.drop();
});

async function sendTcp(port: number, payload: string, secure = false): Promise<void> {
  const socket = secure
    ? tls.connect({ port, host: '127.0.0.1', ca: undefined, rejectUnauthorized: false })
    : net.connect({ port, host: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    socket.once(secure ? 'secureConnect' : 'connect', () => resolve());
    socket.once('error', reject);
  });
  await new Promise<void>((resolve) => socket.end(payload, () => resolve()));
  await new Promise<void>((resolve) => socket.once('close', () => resolve()));
}

async function sendUdp(port: number, payload: string | Buffer): Promise<void> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve, reject) =>
    socket.send(payload, port, '127.0.0.1', (e) => (e ? reject(e) : resolve())),
  );
  socket.close();
}

/** Waits until the listener has seen `n` messages and refused frames in all, then writes them. */
async function settle(n: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (
    syslog.sink.counts.received + syslog.sink.counts.refusedFrames < n &&
    Date.now() < deadline
  )
    await new Promise((r) => setTimeout(r, 20));
  await syslog.sink.flushAll();
}

async function storedIds(): Promise<string[]> {
  const rows = await t.db.all<{ event_id: string }>(
    "SELECT event_id FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) AND source = 'cef' ORDER BY event_id",
    [tenant.id],
  );
  return rows.map((r) => r.event_id.split('|').at(-1) ?? '');
}

async function letters(): Promise<{ reason: string; origin: string }[]> {
  return t.db.all('SELECT reason, origin FROM dead_letters WHERE tenant_id = ? ORDER BY id', [
    tenant.id,
  ]);
}

describe('syslog listener', () => {
  it('takes CEF over UDP, TCP (octet counting and LF) and TLS into the claiming tenant', async () => {
    const { udp, tcp, tls: tlsPort } = syslog.ports;
    if (!udp || !tcp || !tlsPort) throw new Error('listener ports');
    await sendUdp(udp, cef('a@example.com', 'u1'));
    await sendTcp(tcp, octet(cef('b@example.com', 'o1')) + octet(cef('b@example.com', 'o2')));
    await sendTcp(tcp, `${cef('c@example.com', 'l1')}\n${cef('c@example.com', 'l2')}\n`);
    await sendTcp(tlsPort, octet(cef('d@example.com', 's1')), true);
    await settle(6);
    expect(await storedIds()).toEqual(['l1', 'l2', 'o1', 'o2', 's1', 'u1']);
  });

  it('dead-letters truncated frames, oversized messages and unknown events, and keeps listening', async () => {
    const { udp, tcp } = syslog.ports;
    if (!udp || !tcp) throw new Error('listener ports');
    const before = syslog.sink.counts.received + syslog.sink.counts.refusedFrames;
    await sendTcp(tcp, octet(cef('e@example.com', 'ok1')) + '500 <134>1 cut');
    await sendUdp(udp, Buffer.alloc(2000, 0x41));
    await sendTcp(tcp, octet('x'.repeat(3000)) + octet(cef('e@example.com', 'ok2')));
    await sendUdp(udp, '<134>1 2026-05-05T10:00:00Z h a - - - not CEF at all');
    await sendTcp(tcp, octet(cef('e@example.com', 'ok3')));
    await settle(before + 7);
    expect(await storedIds()).toEqual(expect.arrayContaining(['ok1', 'ok2', 'ok3']));
    const reasons = (await letters()).map((l) => l.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'truncated frame: the connection ended after 10 of 500 bytes',
        'datagram of 2000 bytes is over the 1024-byte limit',
        'message of 3000 bytes is over the 1024-byte limit',
        expect.stringMatching(/^CEF: /),
      ]),
    );
    expect((await letters()).every((l) => l.origin.startsWith('syslog:'))).toBe(true);
  });

  it('refuses senders no tenant claimed, without storing anything', async () => {
    const { udp } = syslog.ports;
    if (!udp) throw new Error('listener ports');
    const stored = (await storedIds()).length;
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve) =>
      socket.bind({ address: '127.0.0.2', port: 0 }, () => resolve()),
    );
    await new Promise<void>((resolve, reject) =>
      socket.send(cef('f@example.com', 'stranger'), udp, '127.0.0.1', (e) =>
        e ? reject(e) : resolve(),
      ),
    );
    socket.close();
    const deadline = Date.now() + 5000;
    while (syslog.sink.counts.unmapped === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    await syslog.sink.flushAll();
    expect(syslog.sink.counts.unmapped).toBe(1);
    expect(await storedIds()).toHaveLength(stored);
  });
});
