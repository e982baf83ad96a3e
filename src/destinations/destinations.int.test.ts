import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import type { Received } from '../../test/support/local-http.js';
import { sendJson, startLocalServer } from '../../test/support/local-http.js';
import { checkBulwark } from '../transports/webhooks/webhook-signature.js';
import type { LevelChange } from './destination.js';
import { createDestination, removeDestination } from './destination.service.js';
import {
  manualClock,
  markScored,
  scoredPeople,
  setLevel,
  tcpSink,
  testDestinationRuntime,
  testWorker,
  udpSink,
} from './destinations.test-support.js';
import { claimMessage, listMessages } from './outbox.repository.js';
import { OutboxWorker } from './outbox.worker.js';
import { destinationDeliverer } from './delivery.js';
import { createLogger } from '../logging/logger.js';
import { DAY, T0, ingestLines, native, smallOrg } from '../scoring/scoring.test-support.js';
import { scoreTenant } from '../scoring/scoring.service.js';
import { feedDestination } from './risk-feed.service.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const SECRET = 'webhook-secret-0123456789';

function setup() {
  const clock = manualClock();
  const rt = testDestinationRuntime(t.db, clock);
  const deps = { db: t.db, secrets: rt.secrets, now: clock.now() };
  return { clock, rt, deps, worker: testWorker(rt) };
}

describe('risk destinations', () => {
  it('sends each level change at or above the minimum once to a signed webhook, and nothing twice', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const received: Received[] = [];
    const hook = await startLocalServer((req, res) => {
      received.push(req);
      const check = checkBulwark(
        req.headers['x-bulwark-signature'] as string | undefined,
        req.headers['x-bulwark-timestamp'] as string | undefined,
        SECRET,
        Buffer.from(req.body),
        clock.now(),
      );
      res.statusCode = check.ok ? 204 : 401;
      res.end();
    });
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'webhook',
        name: 'hook',
        settings: { url: `${hook.url}/risk` },
        credentials: { secret: SECRET },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      const domain = `${tenant.slug}.test`;
      const ids = await scoredPeople(
        t.db,
        tenant,
        [
          { email: `a@${domain}`, level: 'low' },
          { email: `b@${domain}`, level: 'high' },
          { email: `c@${domain}`, level: 'critical' },
          { email: `bot@${domain}`, level: 'critical', kind: 'agent' },
        ],
        clock.now(),
      );
      expect((await feedDestination(rt, d)).enqueued).toBe(2);
      expect(await worker.tick()).toBe(2);
      expect(received.map((r) => r.headers['idempotency-key'])).toHaveLength(2);
      const bodies = received
        .map((r) => JSON.parse(r.body) as LevelChange)
        .sort((x, y) => x.identity.email.localeCompare(y.identity.email));
      expect(
        bodies.map((b) => [b.identity.email, b.previousLevel, b.level, b.meetsMinimum]),
      ).toEqual([
        [`b@${domain}`, null, 'high', true],
        [`c@${domain}`, null, 'critical', true],
      ]);
      expect(received.map((r) => r.headers['idempotency-key'])).toEqual(
        received.map((r) => (JSON.parse(r.body) as LevelChange).id),
      );
      expect(bodies[0]?.score?.risk).toBeGreaterThan(0);

      // Nothing new: no messages. Then a's move within the low band stays quiet, b drops out.
      const again = await feedDestination(rt, { ...d, fedScoredAt: 0 });
      expect(again.enqueued).toBe(0);
      clock.advance(60_000);
      await setLevel(t.db, tenant, ids.get(`a@${domain}`) ?? '', 'medium', clock.now());
      await setLevel(t.db, tenant, ids.get(`b@${domain}`) ?? '', 'medium', clock.now());
      await markScored(t.db, tenant, clock.now());
      expect((await feedDestination(rt, d)).enqueued).toBe(1);
      expect(await worker.tick()).toBe(1);
      const last = JSON.parse(received.at(-1)?.body ?? '{}') as LevelChange;
      expect(last).toMatchObject({ previousLevel: 'high', level: 'medium', meetsMinimum: false });
      expect(received.every((r) => r.headers['x-bulwark-signature'])).toBe(true);
      expect(await worker.tick()).toBe(0);
      expect(received).toHaveLength(3);
    } finally {
      await hook.close();
    }
  });

  it('tells every move of a level that goes back and forth, even when only a roll-up moved it', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps } = setup();
    const d = await createDestination(deps, tenant.id, {
      kind: 'webhook',
      name: 'hook',
      settings: { url: 'https://hooks.example.com/risk' },
      credentials: { secret: SECRET },
      minLevel: 'high',
      identityKinds: ['person'],
    });
    const email = `owner@${tenant.slug}.test`;
    const computedAt = clock.now();
    const ids = await scoredPeople(t.db, tenant, [{ email, level: 'high' }], computedAt);
    const id = ids.get(email) ?? '';
    expect((await feedDestination(rt, d)).enqueued).toBe(1);
    // The owner's own score is unchanged (same computed time); their agents' roll-up moves it.
    for (const level of ['medium', 'high', 'medium']) {
      clock.advance(60_000);
      await setLevel(t.db, tenant, id, level, computedAt);
      await markScored(t.db, tenant, clock.now());
      expect((await feedDestination(rt, d)).enqueued).toBe(1);
    }
    const sent = await listMessages(t.db, tenant.id, d.id, 'pending', { limit: 10 });
    expect(
      sent.map((m) => [(m.payload as LevelChange).previousLevel, (m.payload as LevelChange).level]),
    ).toEqual([
      [null, 'high'],
      ['high', 'medium'],
      ['medium', 'high'],
      ['high', 'medium'],
    ]);
    // Its messages go with it, so the other tests' workers do not try to deliver them.
    await removeDestination(t.db, tenant.id, d.id);
  });

  it('retries Splunk HEC on 500 and 429 (waiting as Retry-After asks) and delivers once', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const answers = [500, 429];
    const hec = await startLocalServer((req, res) => {
      const status = answers.shift();
      if (status === 429)
        return sendJson(res, 429, { text: 'busy', code: 9 }, { 'retry-after': '30' });
      if (status) return sendJson(res, status, { text: 'Internal server error', code: 8 });
      sendJson(res, 200, { text: 'Success', code: 0 });
    });
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'splunk-hec',
        name: 'splunk',
        settings: { url: `${hec.url}/services/collector/event`, index: 'security' },
        credentials: { token: 'hec-token-1' },
        minLevel: 'high',
        identityKinds: ['person', 'agent'],
      });
      await scoredPeople(
        t.db,
        tenant,
        [{ email: `x@${tenant.slug}.test`, level: 'critical' }],
        clock.now(),
      );
      await feedDestination(rt, d);
      expect(await worker.tick()).toBe(1);
      clock.advance(2_500);
      expect(await worker.tick()).toBe(1);
      const [pending] = await listMessages(t.db, tenant.id, d.id, 'pending', { limit: 1 });
      expect(pending?.nextAttemptAt).toBe(clock.now() + 30_000);
      expect(pending?.lastError).toContain('HTTP 429');
      clock.advance(29_000);
      expect(await worker.tick()).toBe(0);
      clock.advance(1_000);
      expect(await worker.tick()).toBe(1);
      expect(hec.received).toHaveLength(3);
      const request = hec.received[2];
      expect(request?.headers.authorization).toBe('Splunk hec-token-1');
      expect(request?.path).toBe('/services/collector/event');
      const envelope = JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
      expect(envelope).toMatchObject({ index: 'security', source: 'bulwark' });
      expect(envelope.event).toMatchObject({
        class_uid: 2004,
        activity_id: 1,
        risk_level: 'Critical',
        risk_level_id: 4,
        evidences: [{ user: { email_addr: `x@${tenant.slug}.test` } }],
      });
      expect(await listMessages(t.db, tenant.id, d.id, 'delivered', { limit: 5 })).toHaveLength(1);
    } finally {
      await hec.close();
    }
  });

  it('sends CEF in RFC 5424 syslog over UDP and TCP, escaped', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const udp = await udpSink();
    const tcp = await tcpSink();
    try {
      for (const [name, sink] of [
        ['udp', udp],
        ['tcp', tcp],
      ] as const) {
        const d = await createDestination(deps, tenant.id, {
          kind: 'syslog-cef',
          name,
          settings: {
            host: '127.0.0.1',
            port: sink.port,
            transport: name,
            hostname: 'bulwark-test',
          },
          minLevel: 'medium',
          identityKinds: ['person'],
        });
        if (name === 'udp')
          await scoredPeople(
            t.db,
            tenant,
            [{ email: `r@${tenant.slug}.test`, department: 'R|D=Lab\\x', level: 'high' }],
            clock.now(),
          );
        await feedDestination(rt, d);
      }
      expect(await worker.tick()).toBe(2);
      await new Promise((r) => setTimeout(r, 50));
      for (const sink of [udp, tcp]) {
        expect(sink.messages).toHaveLength(1);
        const m = sink.messages[0] ?? '';
        // <facility 10 × 8 + warning 4>1 TIMESTAMP HOSTNAME APP PROCID MSGID SD MSG
        expect(m).toMatch(/^<84>1 \d{4}-\d\d-\d\dT[\d:.]+Z bulwark-test bulwark - risk - CEF:0\|/);
        expect(m).toContain('|Bulwark|Human Risk|1|risk.level_changed|Risk level changed|8|');
        expect(m).toContain(`duser=r@${tenant.slug}.test`);
        expect(m).toContain('cs4=R|D\\=Lab\\\\x');
        expect(m).toContain('cs1Label=previousLevel cs1=none cs2Label=level cs2=high');
      }
    } finally {
      await udp.close();
      await tcp.close();
    }
  });

  it('sends CEF over TLS, checking the receiver certificate against the configured CA', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const fixtures = new URL('../transports/syslog/fixtures/', import.meta.url);
    const cert = fs.readFileSync(new URL('test-cert.pem', fixtures));
    const sink = await tcpSink({ key: fs.readFileSync(new URL('test-key.pem', fixtures)), cert });
    try {
      const trusted = await createDestination(deps, tenant.id, {
        kind: 'syslog-cef',
        name: 'tls',
        settings: { host: 'localhost', port: sink.port, transport: 'tls', caPem: cert.toString() },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      const untrusted = await createDestination(deps, tenant.id, {
        kind: 'syslog-cef',
        name: 'tls-untrusted',
        settings: { host: 'localhost', port: sink.port, transport: 'tls' },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      await scoredPeople(
        t.db,
        tenant,
        [{ email: `s@${tenant.slug}.test`, level: 'critical' }],
        clock.now(),
      );
      await feedDestination(rt, trusted);
      await feedDestination(rt, untrusted);
      expect(await worker.tick()).toBe(2);
      await new Promise((r) => setTimeout(r, 50));
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0]).toContain('|risk.level_changed|Risk level changed|10|');
      const [waiting] = await listMessages(t.db, tenant.id, untrusted.id, 'pending', { limit: 1 });
      expect(waiting?.lastError).toMatch(/self.signed|certificate/i);
      // Its retries would reach into the next test's deliveries.
      await removeDestination(t.db, tenant.id, untrusted.id);
    } finally {
      await sink.close();
    }
  });

  it('delivers after a restart what a stopped worker had claimed, once its lease ends', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps } = setup();
    const hook = await startLocalServer((_req, res) => {
      res.statusCode = 202;
      res.end();
    });
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'webhook',
        name: 'hook',
        settings: { url: hook.url },
        credentials: { secret: SECRET },
        minLevel: 'low',
        identityKinds: ['person'],
      });
      await scoredPeople(
        t.db,
        tenant,
        [{ email: `z@${tenant.slug}.test`, level: 'low' }],
        clock.now(),
      );
      await feedDestination(rt, d);
      const [m] = await listMessages(t.db, tenant.id, d.id, 'pending', { limit: 1 });
      if (!m) throw new Error('nothing queued');
      // The process that claimed it stopped before it could send.
      expect(
        await claimMessage(
          t.db,
          m,
          'stopped-process',
          clock.now(),
          clock.now() + rt.outbox.leaseMs,
        ),
      ).toBe(true);
      const restarted = testWorker(testDestinationRuntime(t.db, clock));
      expect(await restarted.tick()).toBe(0);
      clock.advance(rt.outbox.leaseMs);
      expect(await restarted.tick()).toBe(1);
      expect(hook.received).toHaveLength(1);
      expect(await listMessages(t.db, tenant.id, d.id, 'delivered', { limit: 5 })).toHaveLength(1);
    } finally {
      await hook.close();
    }
  });

  it('turns what the scoring engine writes into changes: levels as scored, a takeover reported', async () => {
    const tenant = await makeTenant(t.db);
    const clock = manualClock(T0 + 30 * DAY);
    const rt = testDestinationRuntime(t.db, clock);
    const worker = testWorker(rt);
    const hook = await startLocalServer((_req, res) => {
      res.statusCode = 200;
      res.end();
    });
    try {
      const emails = await smallOrg(t.db, tenant, 6);
      const d = await createDestination(
        { db: t.db, secrets: rt.secrets, now: clock.now() },
        tenant.id,
        {
          kind: 'webhook',
          name: 'all-levels',
          settings: { url: hook.url },
          credentials: { secret: SECRET },
          minLevel: 'low',
          identityKinds: ['person', 'agent'],
        },
      );
      const victim = emails[1] ?? '';
      const lines = [
        native('ato', T0 + 29 * DAY, 'auth.account_compromised', victim),
        native('mal', T0 + 29 * DAY, 'endpoint.malware_executed', victim),
        native('clk', T0 + 28 * DAY, 'phishing.real_clicked', victim),
      ];
      await ingestLines(t.db, tenant, lines, clock.now());
      await scoreTenant({ db: t.db, clock }, tenant.id);
      await feedDestination(rt, d);
      while ((await worker.tick()) > 0);
      const bodies = hook.received.map((r) => JSON.parse(r.body) as Record<string, unknown>);
      const changes = bodies.filter(
        (b) => b.type === 'risk.level_changed',
      ) as unknown as LevelChange[];
      const scored = await t.db.all<{ identity_id: string; level: string }>(
        'SELECT identity_id, level FROM risk_scores WHERE tenant_id = ?',
        [tenant.id],
      );
      expect(changes.map((c) => [c.identity.id, c.level]).sort()).toEqual(
        scored.map((r) => [r.identity_id, r.level]).sort(),
      );
      const victimChange = changes.find((c) => c.identity.email === victim);
      expect(victimChange?.factors.map((f) => f.name)).toContain('auth.account_compromised');
      expect(victimChange?.score?.impact).toBeGreaterThanOrEqual(0.5);
      const reports = bodies.filter((b) => b.type === 'identity.compromised');
      expect(reports).toEqual([
        expect.objectContaining({
          id: 'compromised:test:ato',
          identity: expect.objectContaining({ email: victim }),
        }),
      ]);
    } finally {
      await hook.close();
    }
  });

  it('keeps credentials out of errors, status and logs when a receiver echoes the request', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps } = setup();
    const token = 'c0ffee00-1111-2222-3333-444455556666';
    const echo = await startLocalServer((req, res) =>
      sendJson(res, 400, { text: 'Invalid data format', code: 6, echo: req.headers }),
    );
    const logged: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => void logged.push(line) });
    const worker = new OutboxWorker({
      db: t.db,
      clock,
      logger,
      policy: rt.outbox,
      deliverers: () => destinationDeliverer(rt),
    });
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'splunk-hec',
        name: 'echo',
        settings: { url: `${echo.url}/services/collector/event` },
        credentials: { token },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      await scoredPeople(
        t.db,
        tenant,
        [{ email: `e@${tenant.slug}.test`, level: 'high' }],
        clock.now(),
      );
      await feedDestination(rt, d);
      expect(await worker.tick()).toBe(1);
      const [dead] = await listMessages(t.db, tenant.id, d.id, 'dead', { limit: 1 });
      expect(dead?.lastError).toContain('Splunk [redacted]');
      expect(dead?.lastError).not.toContain(token);
      expect(logged.join('\n')).toContain('outbox message is dead');
      expect(logged.join('\n')).not.toContain(token);
    } finally {
      await echo.close();
    }
  });
});
