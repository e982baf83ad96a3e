import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer, Received } from '../../test/support/local-http.js';
import { loopbackClient, sendJson, startLocalServer } from '../../test/support/local-http.js';
import type { TestServer } from '../../test/support/server.js';
import { bearer, tokenFor } from '../../test/support/server.js';
import { createTestDatabase } from '../../test/support/database.js';
import { createAppContext } from '../app/app-context.js';
import { loadConfig } from '../config/config.js';
import { buildServer } from '../http/server.js';
import { makeTenant } from '../../test/support/factories.js';
import { claimMessage, countMessages, listMessages } from '../destinations/outbox.repository.js';
import { defaultOutboxPolicy } from '../destinations/outbox-policy.js';
import { OutboxWorker } from '../destinations/outbox.worker.js';
import { createLogger } from '../logging/logger.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { DAY, ingestLines, native, smallOrg } from '../scoring/scoring.test-support.js';
import { scoreTenant } from '../scoring/scoring.service.js';
import type { Tenant } from '../tenancy/tenant.js';
import { ssfDeliverers } from './deliverer.js';
import { feedStreams } from './feed.service.js';
import type { PublicJwk } from './jws.js';
import { verifyJws } from './jws.js';
import { eventTypes } from './ssf.js';

/**
 * The transmitter end to end: Bulwark listens on loopback, a receiver on loopback fetches the
 * metadata and the JWKS it names, verifies every SET's signature and claims, and answers 202 (or
 * whatever the test asks). Scoring changes levels, the feed enqueues SETs, the outbox worker
 * delivers them.
 */
const secretKey = randomBytes(32).toString('base64');
const NOW = Date.parse('2026-03-20T12:00:00Z');
const clock = { t: NOW, now: () => clock.t };
/** Everything the server and the worker log, at the most verbose level. */
const logged: string[] = [];
const logger = createLogger('trace', { write: (line: string) => void logged.push(line) });

let server: TestServer;
let baseUrl: string;
let receiver: LocalServer;
/** What the receiver answers next (a queue); 202 when empty. */
const answers: { status: number; body?: unknown; headers?: Record<string, string> }[] = [];
/** SETs the receiver accepted, verified, with the Authorization header they came with. */
const accepted: {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  auth?: string;
}[] = [];
const refusedReasons: string[] = [];

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** The receiver's side: discovery through the issuer, then the JWKS the metadata names. */
async function keysOf(issuer: string): Promise<{ issuer: string; keys: PublicJwk[] }> {
  const url = new URL(issuer);
  const meta = (await (
    await fetch(`${url.origin}/.well-known/ssf-configuration${url.pathname}`)
  ).json()) as {
    issuer: string;
    jwks_uri: string;
  };
  const set = (await (await fetch(meta.jwks_uri)).json()) as { keys: PublicJwk[] };
  return { issuer: meta.issuer, keys: set.keys };
}

async function receive(r: Received, res: import('node:http').ServerResponse): Promise<void> {
  const next = answers.shift();
  if (next) return sendJson(res, next.status, next.body ?? {}, next.headers);
  if (r.headers['content-type'] !== 'application/secevent+jwt')
    return sendJson(res, 400, { err: 'invalid_request', description: 'content type' });
  const payload = JSON.parse(Buffer.from(r.body.split('.')[1] ?? '', 'base64url').toString()) as {
    iss: string;
  };
  const { issuer, keys } = await keysOf(payload.iss);
  const verified = verifyJws(r.body, keys);
  if (typeof verified === 'string') {
    refusedReasons.push(verified);
    return sendJson(res, 400, { err: 'invalid_key', description: verified });
  }
  if (verified.claims.iss !== issuer) return sendJson(res, 400, { err: 'invalid_issuer' });
  accepted.push({
    ...verified,
    ...(r.headers.authorization ? { auth: r.headers.authorization } : {}),
  });
  res.writeHead(202).end();
}

function worker(): OutboxWorker {
  return new OutboxWorker({
    db: server.t.db,
    clock,
    logger: logger,
    deliverers: (kind) =>
      ssfDeliverers({
        db: server.t.db,
        secrets: secretBoxOf({ secretKey }),
        client: loopbackClient(),
        now: clock.now,
      })[kind],
    policy: { ...defaultOutboxPolicy, maxAttempts: 3 },
    random: () => 0.5,
  });
}

/** Ticks until nothing is due: SETs about one identity go one after another. */
async function drain(w = worker()): Promise<number> {
  let total = 0;
  for (let n = await w.tick(); n > 0; n = await w.tick()) total += n;
  return total;
}

const feed = (tenant: Tenant) =>
  feedStreams({ db: server.t.db, publicUrl: baseUrl, now: clock.now }, tenant.id);

async function org(): Promise<{
  tenant: Tenant;
  emails: string[];
  ssfToken: string;
  admin: string;
}> {
  const tenant = await makeTenant(server.t.db);
  const emails = await smallOrg(server.t.db, tenant);
  await scoreTenant({ db: server.t.db, clock }, tenant.id);
  return {
    tenant,
    emails,
    ssfToken: await tokenFor(server, tenant, 'ssf'),
    admin: await tokenFor(server, tenant, 'admin'),
  };
}

async function createStream(token: string, body: Record<string, unknown> = {}) {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/v1/ssf/stream',
    headers: bearer(token),
    payload: {
      delivery: {
        method: 'urn:ietf:rfc:8935',
        endpoint_url: `${receiver.url}/events`,
        authorization_header: 'Bearer receiver-secret-1',
      },
      events_requested: [eventTypes.riskLevelChange, eventTypes.credentialCompromise],
      ...body,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ stream_id: string; iss: string; aud: string }>();
}

/** Makes one person risky: an account takeover and a run of real phishing clicks and malware. */
async function compromise(tenant: Tenant, email: string, tag: string): Promise<void> {
  const lines = [native(`ato-${tag}`, NOW - DAY, 'auth.account_compromised', email)];
  for (let i = 0; i < 6; i++) {
    lines.push(
      native(`click-${tag}-${i}`, NOW - 2 * DAY - i * 3600_000, 'phishing.real_clicked', email),
    );
    lines.push(
      native(
        `threat-${tag}-${i}`,
        NOW - 4 * DAY - i * 3600_000,
        'threat.malicious_email_delivered',
        email,
      ),
      native(
        `threat2-${tag}-${i}`,
        NOW - 5 * DAY - i * 3600_000,
        'threat.malicious_email_delivered',
        email,
      ),
    );
    lines.push(
      native(`mal-${tag}-${i}`, NOW - 3 * DAY - i * 3600_000, 'endpoint.malware_executed', email),
    );
  }
  await ingestLines(server.t.db, tenant, lines, NOW);
  clock.t += 1000;
  await scoreTenant({ db: server.t.db, clock }, tenant.id);
}

beforeAll(async () => {
  receiver = await startLocalServer(receive);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // The real server with the test's clock, listening on loopback for the receiver's discovery.
  const t = await createTestDatabase();
  const config = loadConfig({
    BULWARK_DATABASE_URL: t.url,
    BULWARK_SECRET_KEY: secretKey,
    BULWARK_PUBLIC_URL: baseUrl,
  });
  const app = await buildServer({
    ...createAppContext(t.db, config, logger),
    clock,
  });
  server = { app, t, close: async () => (await app.close(), await t.drop()) };
  await app.listen({ port, host: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});

const eventsOf = (type: string) => accepted.filter((a) => type in (a.claims.events as object));

describe('SSF transmitter, push delivery', () => {
  it('sends CAEP risk-level-change and RISC credential-compromise SETs a receiver verifies through discovery', async () => {
    const { tenant, emails, ssfToken } = await org();
    const stream = await createStream(ssfToken);
    expect(stream.iss).toBe(`${baseUrl}/ssf/${tenant.slug}`);
    const victim = emails[3]!;
    await compromise(tenant, victim, 'a');
    const level = await server.t.db.get<{ level: string }>(
      `SELECT s.level FROM risk_scores s JOIN identities i ON i.id = s.identity_id AND i.tenant_id = s.tenant_id
        WHERE s.tenant_id = ? AND i.email = ?`,
      [tenant.id, victim],
    );
    expect(level?.level).not.toBe('low');

    expect(await feed(tenant)).toMatchObject({ levelChanges: 1, compromises: 1 });
    expect(await feed(tenant)).toEqual({ levelChanges: 0, compromises: 0 });
    const before = accepted.length;
    expect(await drain()).toBe(2);
    const mine = accepted.slice(before);
    expect(mine).toHaveLength(2);
    for (const a of mine) {
      expect(a.header).toMatchObject({
        alg: 'RS256',
        typ: 'secevent+jwt',
        kid: expect.any(String),
      });
      expect(a.auth).toBe('Bearer receiver-secret-1');
      expect(a.claims).toMatchObject({
        iss: stream.iss,
        aud: stream.aud,
        jti: expect.stringMatching(/^[0-9a-f]{32}$/),
        iat: Math.floor(clock.t / 1000),
        sub_id: { format: 'email', email: victim },
      });
      expect(a.claims).not.toHaveProperty('sub');
      expect(a.claims).not.toHaveProperty('exp');
      expect(Object.keys(a.claims.events as object)).toHaveLength(1);
    }
    const rlc = mine.find((a) => eventTypes.riskLevelChange in (a.claims.events as object))!;
    expect(
      (rlc.claims.events as Record<string, Record<string, unknown>>)[eventTypes.riskLevelChange],
    ).toMatchObject({
      principal: 'USER',
      current_level: expect.stringMatching(/^(MEDIUM|HIGH)$/),
      risk_reason: expect.any(String),
      event_timestamp: expect.any(Number),
    });
    expect(rlc.claims.events).not.toHaveProperty(`${eventTypes.riskLevelChange}.previous_level`);
    const risc = mine.find((a) => eventTypes.credentialCompromise in (a.claims.events as object))!;
    expect(risc.claims.txn).toBe('test:ato-a');
    // Another tenant's keys do not verify this tenant's SETs.
    const stranger = await org();
    await createStream(stranger.ssfToken);
    const strangerKeys = await keysOf(`${baseUrl}/ssf/${stranger.tenant.slug}`);
    expect(strangerKeys.keys).toHaveLength(1);
    expect(verifyJws(receiver.received.at(-1)!.body, strangerKeys.keys)).toMatch(/no key with kid/);
    // Delivered once: another pass finds nothing due.
    expect(await worker().tick()).toBe(0);
    const counts = (await countMessages(server.t.db, tenant.id)).get(stream.stream_id);
    expect(counts).toMatchObject({ delivered: 2, pending: 0, dead: 0 });
  });

  it('retries after a 503 with Retry-After, and records a 400 err and description as final', async () => {
    const { tenant, emails, ssfToken } = await org();
    const stream = await createStream(ssfToken, {
      events_requested: [eventTypes.credentialCompromise],
    });
    answers.push({ status: 503, body: {}, headers: { 'retry-after': '30' } });
    await compromise(tenant, emails[4]!, 'b');
    expect(await feed(tenant)).toMatchObject({ compromises: 1, levelChanges: 0 });
    const w = worker();
    const before = eventsOf(eventTypes.credentialCompromise).length;
    expect(await w.tick()).toBe(1);
    expect(eventsOf(eventTypes.credentialCompromise)).toHaveLength(before);
    const [pending] = await listMessages(server.t.db, tenant.id, stream.stream_id, 'pending', {
      limit: 5,
    });
    expect(pending).toMatchObject({ attempts: 1, nextAttemptAt: clock.t + 30_000 });
    expect(pending?.lastError).toMatch(/503/);
    clock.t += 30_000;
    expect(await w.tick()).toBe(1);
    expect(eventsOf(eventTypes.credentialCompromise)).toHaveLength(before + 1);
    // The retry carried the same SET id, so a receiver that deduplicates by jti sees it once.
    const jtiOf = (body: string) =>
      (JSON.parse(Buffer.from(body.split('.')[1] ?? '', 'base64url').toString()) as { jti: string })
        .jti;
    const [refused, acceptedTry] = receiver.received.slice(-2).map((r) => jtiOf(r.body));
    expect(refused).toBe(acceptedTry);

    answers.push({ status: 400, body: { err: 'invalid_audience', description: 'not for us' } });
    await compromise(tenant, emails[5]!, 'c');
    await feed(tenant);
    expect(await w.tick()).toBe(1);
    const [dead] = await listMessages(server.t.db, tenant.id, stream.stream_id, 'dead', {
      limit: 5,
    });
    expect(dead?.lastError).toMatch(/400 \(invalid_audience: not for us\)/);

    // The operator sees it, fixes the receiver and replays.
    const health = await server.app.inject({
      url: '/api/v1/ssf/deliveries',
      headers: bearer(ssfToken),
    });
    expect(health.json()).toEqual({
      items: [
        {
          stream_id: stream.stream_id,
          status: 'enabled',
          endpoint_url: `${receiver.url}/events`,
          messages: { pending: 0, delivering: 0, delivered: 1, dead: 1 },
          last_error: expect.stringContaining('invalid_audience'),
          last_error_at: new Date(clock.t).toISOString(),
        },
      ],
    });
    const replay = await server.app.inject({
      method: 'POST',
      url: '/api/v1/ssf/replay',
      headers: bearer(ssfToken),
      payload: { stream_id: stream.stream_id },
    });
    expect(replay.json()).toEqual({ replayed: 1 });
    expect(await drain(w)).toBe(1);
    expect((await countMessages(server.t.db, tenant.id)).get(stream.stream_id)).toMatchObject({
      delivered: 2,
      dead: 0,
    });
  });

  it('keeps SETs across a restart: a message whose worker died is delivered by the next one', async () => {
    const { tenant, emails, ssfToken } = await org();
    const stream = await createStream(ssfToken);
    await compromise(tenant, emails[6]!, 'd');
    await feed(tenant);
    const [m] = await listMessages(server.t.db, tenant.id, stream.stream_id, 'pending', {
      limit: 1,
    });
    // A worker took it and died before answering: the lease holds it for a while.
    expect(await claimMessage(server.t.db, m!, 'dead-worker', clock.t, clock.t + 60_000)).toBe(
      true,
    );
    const before = accepted.length;
    const restarted = worker();
    // The other message is about the same person: it waits for the first to be settled.
    expect(await restarted.tick()).toBe(0);
    clock.t += 60_001;
    expect(await drain(restarted)).toBe(2);
    expect(accepted.length).toBe(before + 2);
    const jtis = accepted.slice(before).map((a) => a.claims.jti);
    expect(new Set(jtis).size).toBe(2);
  });

  it('verification echoes the state on the stream subject, at most once per interval', async () => {
    const { ssfToken } = await org();
    const stream = await createStream(ssfToken);
    const verify = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/ssf/verify',
        headers: bearer(ssfToken),
        payload: { stream_id: stream.stream_id, state: 'st-42' },
      });
    expect((await verify()).statusCode).toBe(204);
    expect((await verify()).statusCode).toBe(429);
    await drain();
    const v = eventsOf(eventTypes.verification).find(
      (a) => (a.claims.sub_id as { id: string }).id === stream.stream_id,
    );
    expect(v?.claims.events).toEqual({ [eventTypes.verification]: { state: 'st-42' } });
  });

  it('holds SETs while paused, tells the receiver when an administrator pauses it, and skips removed subjects', async () => {
    const { tenant, emails, ssfToken, admin } = await org();
    const stream = await createStream(ssfToken);
    const status = (token: string, s: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/ssf/status',
        headers: bearer(token),
        payload: { stream_id: stream.stream_id, status: s, reason: 'maintenance' },
      });
    expect((await status(admin, 'paused')).json()).toEqual({
      stream_id: stream.stream_id,
      status: 'paused',
      reason: 'maintenance',
    });
    await drain();
    const updated = eventsOf(eventTypes.streamUpdated).find(
      (a) => (a.claims.sub_id as { id: string }).id === stream.stream_id,
    );
    expect(updated?.claims.events).toEqual({
      [eventTypes.streamUpdated]: { status: 'paused', reason: 'maintenance' },
    });

    const removed = await server.app.inject({
      method: 'POST',
      url: '/api/v1/ssf/subjects/remove',
      headers: bearer(ssfToken),
      payload: { stream_id: stream.stream_id, subject: { format: 'email', email: emails[8] } },
    });
    expect(removed.statusCode).toBe(204);
    await compromise(tenant, emails[7]!, 'e');
    await compromise(tenant, emails[8]!, 'f');
    expect(await feed(tenant)).toEqual({ levelChanges: 0, compromises: 0 });
    expect((await status(ssfToken, 'enabled')).statusCode).toBe(200);
    const before = accepted.length;
    await feed(tenant);
    await drain();
    const got = accepted.slice(before);
    expect(got.map((a) => (a.claims.sub_id as { email: string }).email)).toEqual([
      emails[7],
      emails[7],
    ]);
    // The receiver itself enabled it: no stream-updated event for its own change.
    expect(got.some((a) => eventTypes.streamUpdated in (a.claims.events as object))).toBe(false);
  });

  it('signs with the new key after a rotation while the old one stays published', async () => {
    const { tenant, emails, ssfToken, admin } = await org();
    await createStream(ssfToken);
    const jwks = async () =>
      (await server.app.inject({ url: `/ssf/${tenant.slug}/jwks.json` })).json<{
        keys: PublicJwk[];
      }>().keys;
    const [old] = await jwks();
    const rotated = await server.app.inject({
      method: 'POST',
      url: '/api/v1/ssf/keys/rotate',
      headers: bearer(admin),
    });
    expect(rotated.statusCode).toBe(200);
    const keys = await jwks();
    expect(keys.map((k) => k.kid)).toEqual([rotated.json<{ kid: string }>().kid, old!.kid]);
    for (const k of keys)
      expect(Object.keys(k).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    const before = accepted.length;
    await compromise(tenant, emails[9]!, 'g');
    await feed(tenant);
    await drain();
    expect(accepted.slice(before).map((a) => a.header.kid)).toEqual(
      accepted.slice(before).map(() => rotated.json<{ kid: string }>().kid),
    );
    // Seven days later the retired key leaves the JWKS.
    clock.t += 7 * DAY + 1;
    expect((await jwks()).map((k) => k.kid)).toEqual([rotated.json<{ kid: string }>().kid]);
  });

  it('drops what a disabled stream would have sent, and forgets identities no longer scored', async () => {
    const { tenant, emails, ssfToken } = await org();
    const stream = await createStream(ssfToken);
    const status = (s: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/ssf/status',
        headers: bearer(ssfToken),
        payload: { stream_id: stream.stream_id, status: s },
      });
    expect((await status('disabled')).statusCode).toBe(200);
    await compromise(tenant, emails[10]!, 'h');
    expect(await feed(tenant)).toEqual({ levelChanges: 0, compromises: 0 });
    expect((await status('enabled')).statusCode).toBe(200);
    // The takeover happened while disabled: not sent; the current level is.
    expect(await feed(tenant)).toEqual({ levelChanges: 1, compromises: 0 });
    await drain();
    const told = () =>
      server.t.db.all<{ identity_id: string }>(
        'SELECT identity_id FROM ssf_stream_levels WHERE tenant_id = ? AND stream_id = ?',
        [tenant.id, stream.stream_id],
      );
    const [row] = await told();
    expect(row).toBeDefined();
    // The identity is erased: its score goes, and so does what the stream was told about it.
    await server.t.db.run('DELETE FROM risk_scores WHERE tenant_id = ? AND identity_id = ?', [
      tenant.id,
      row!.identity_id,
    ]);
    await server.t.db.run('UPDATE risk_cursors SET scored_at = scored_at + 1 WHERE tenant_id = ?', [
      tenant.id,
    ]);
    expect(await feed(tenant)).toEqual({ levelChanges: 0, compromises: 0 });
    expect(await told()).toEqual([]);
  });

  it('sends a level that moves back and forth without its own score changing (a roll-up)', async () => {
    const { tenant, emails, ssfToken } = await org();
    const stream = await createStream(ssfToken, { events_requested: [eventTypes.riskLevelChange] });
    const owner = await server.t.db.get<{ id: string }>(
      'SELECT id FROM identities WHERE tenant_id = ? AND email = ?',
      [tenant.id, emails[0]!],
    );
    const levelsSent: string[] = [];
    for (const level of ['high', 'low', 'high', 'low']) {
      // Only the level moves (as when an owned agent's risk rolls up); computed_at stays.
      await server.t.db.run(
        'UPDATE risk_scores SET level = ? WHERE tenant_id = ? AND identity_id = ?',
        [level, tenant.id, owner!.id],
      );
      await server.t.db.run(
        'UPDATE risk_cursors SET scored_at = scored_at + 1 WHERE tenant_id = ?',
        [tenant.id],
      );
      expect(await feed(tenant)).toEqual({ levelChanges: 1, compromises: 0 });
      const before = accepted.length;
      await drain();
      for (const a of accepted.slice(before))
        levelsSent.push(
          (a.claims.events as Record<string, { current_level: string }>)[
            eventTypes.riskLevelChange
          ]!.current_level,
        );
    }
    expect(levelsSent).toEqual(['HIGH', 'LOW', 'HIGH', 'LOW']);
    expect((await countMessages(server.t.db, tenant.id)).get(stream.stream_id)).toMatchObject({
      delivered: 4,
    });
  });

  it('never logs the Authorization header or a private key', async () => {
    expect(logged.length).toBeGreaterThan(10);
    const all = logged.join('\n');
    expect(all).not.toContain('receiver-secret-1');
    expect(all).not.toContain('PRIVATE KEY');
    const keys = await server.t.db.all<{ private_sealed: string }>(
      'SELECT private_sealed FROM ssf_keys',
    );
    for (const k of keys) expect(all).not.toContain(k.private_sealed.slice(0, 40));
  });
});
