import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tokenFor } from '../../test/support/server.js';
import { makeTenant } from '../../test/support/factories.js';
import type { Tenant } from '../tenancy/tenant.js';
import { eventTypes } from './ssf.js';
import { MAX_STREAMS } from './stream.service.js';

/**
 * The stream management API and the public metadata: who may do what, what never comes back out,
 * and that one receiver's or tenant's streams are invisible to another.
 */
const SECRET_HEADER = `Bearer very-secret-${randomBytes(6).toString('hex')}`;
let s: TestServer;
let tenant: Tenant;
let other: Tenant;
type Caller = 'receiverA' | 'receiverB' | 'admin' | 'analyst' | 'otherAdmin' | 'otherReceiver';
const tokens = {} as Record<Caller, string>;

beforeAll(async () => {
  s = await startTestServer({
    BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
    BULWARK_PUBLIC_URL: 'https://hrm.example.com',
  });
  tenant = await makeTenant(s.t.db);
  other = await makeTenant(s.t.db);
  tokens.receiverA = await tokenFor(s, tenant, 'ssf');
  tokens.receiverB = await tokenFor(s, tenant, 'ssf');
  tokens.admin = await tokenFor(s, tenant, 'admin');
  tokens.analyst = await tokenFor(s, tenant, 'analyst');
  tokens.otherAdmin = await tokenFor(s, other, 'admin');
  tokens.otherReceiver = await tokenFor(s, other, 'ssf');
});
afterAll(() => s.close());

const push = (url = 'https://rp.example.com/caep', auth: string | null = SECRET_HEADER) => ({
  method: 'urn:ietf:rfc:8935',
  endpoint_url: url,
  ...(auth ? { authorization_header: auth } : {}),
});

function call(method: string, url: string, token?: string, payload?: unknown) {
  return s.app.inject({
    method: method as 'GET',
    url,
    headers: token ? bearer(token) : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function create(token: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await call('POST', '/api/v1/ssf/stream', token, {
    delivery: push(),
    events_requested: [eventTypes.riskLevelChange],
    description: 'IdP risk',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.body).not.toContain(SECRET_HEADER);
  return res.json<{ stream_id: string }>().stream_id;
}

describe('SSF metadata and keys', () => {
  it('publishes per-tenant metadata with the issuer, endpoints and push delivery', async () => {
    const res = await call('GET', `/.well-known/ssf-configuration/ssf/${tenant.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({
      spec_version: '1_0',
      issuer: `https://hrm.example.com/ssf/${tenant.slug}`,
      jwks_uri: `https://hrm.example.com/ssf/${tenant.slug}/jwks.json`,
      delivery_methods_supported: ['urn:ietf:rfc:8935'],
      configuration_endpoint: 'https://hrm.example.com/api/v1/ssf/stream',
      status_endpoint: 'https://hrm.example.com/api/v1/ssf/status',
      add_subject_endpoint: 'https://hrm.example.com/api/v1/ssf/subjects/add',
      remove_subject_endpoint: 'https://hrm.example.com/api/v1/ssf/subjects/remove',
      verification_endpoint: 'https://hrm.example.com/api/v1/ssf/verify',
      authorization_schemes: [{ spec_urn: 'urn:ietf:rfc:6750' }],
      default_subjects: 'ALL',
      events_supported: [eventTypes.riskLevelChange, eventTypes.credentialCompromise],
    });
    expect(
      (await call('GET', '/.well-known/ssf-configuration/ssf/no-such-tenant')).statusCode,
    ).toBe(404);
    // A receiver that leaves out the tenant gets a problem, never the dashboard's page.
    for (const url of ['/.well-known/ssf-configuration', `/ssf/${tenant.slug}/nothing`]) {
      const missing = await call('GET', url);
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('gives each tenant its own public key and never a private part', async () => {
    const mine = (await call('GET', `/ssf/${tenant.slug}/jwks.json`)).json<{ keys: object[] }>();
    const theirs = (await call('GET', `/ssf/${other.slug}/jwks.json`)).json<{ keys: object[] }>();
    expect(mine.keys).toHaveLength(1);
    expect(Object.keys(mine.keys[0]!).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(mine.keys[0]).not.toEqual(theirs.keys[0]);
    const stored = await s.t.db.all<{ private_sealed: string }>(
      'SELECT private_sealed FROM ssf_keys',
    );
    for (const k of stored) {
      // Sealed (AES-GCM, `v1.<nonce>.<tag>.<ciphertext>`), not a PEM.
      expect(k.private_sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(k.private_sealed).not.toContain('PRIVATE KEY');
    }
  });
});

describe('SSF stream management', () => {
  it('lets ssf receivers, owners and admins manage streams, and nobody else', async () => {
    expect(
      (await call('POST', '/api/v1/ssf/stream', undefined, { delivery: push() })).statusCode,
    ).toBe(401);
    expect(
      (await call('POST', '/api/v1/ssf/stream', tokens.analyst, { delivery: push() })).statusCode,
    ).toBe(403);
    expect((await call('POST', '/api/v1/ssf/keys/rotate', tokens.receiverA)).statusCode).toBe(403);
    await create(tokens.admin);
  });

  it('creates a push stream: events delivered are the supported ones requested, the header stays sealed', async () => {
    const id = await create(tokens.receiverA, {
      events_requested: [eventTypes.riskLevelChange, 'urn:example:unknown'],
    });
    const res = await call('GET', `/api/v1/ssf/stream?stream_id=${id}`, tokens.receiverA);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      stream_id: id,
      iss: `https://hrm.example.com/ssf/${tenant.slug}`,
      aud: 'https://rp.example.com',
      events_supported: [eventTypes.riskLevelChange, eventTypes.credentialCompromise],
      events_requested: [eventTypes.riskLevelChange, 'urn:example:unknown'],
      events_delivered: [eventTypes.riskLevelChange],
      delivery: { method: 'urn:ietf:rfc:8935', endpoint_url: 'https://rp.example.com/caep' },
      min_verification_interval: 10,
      description: 'IdP risk',
    });
    expect(res.body).not.toContain('very-secret');
    const row = await s.t.db.get<{ authorization_sealed: string }>(
      'SELECT authorization_sealed FROM ssf_streams WHERE id = ?',
      [id],
    );
    expect(row?.authorization_sealed).toMatch(/^v1\./);
    expect(row?.authorization_sealed).not.toContain('very-secret');
    const audit = await s.t.db.all<{ action: string; details: string }>(
      `SELECT action, details FROM audit_log WHERE action LIKE 'ssf.%'`,
    );
    expect(audit.map((a) => a.action)).toContain('ssf.stream_created');
    for (const a of audit) expect(a.details).not.toContain('very-secret');
  });

  it('refuses poll delivery, other methods, credentials in the URL and malformed bodies, saying where', async () => {
    const bad = async (body: unknown, path: string) => {
      const res = await call('POST', '/api/v1/ssf/stream', tokens.receiverA, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(path);
    };
    await bad({ events_requested: [eventTypes.riskLevelChange] }, 'delivery');
    await bad({ delivery: { method: 'urn:ietf:rfc:8936' } }, 'delivery.method');
    await bad({ delivery: { method: 'urn:ietf:rfc:8935' } }, 'delivery.endpoint_url');
    await bad({ delivery: push('ftp://rp.example.com/x') }, 'delivery.endpoint_url');
    await bad({ delivery: push('https://u:p@rp.example.com/x') }, 'delivery.endpoint_url');
    const typed = await call('POST', '/api/v1/ssf/stream', tokens.receiverA, { delivery: 'push' });
    expect(typed.statusCode).toBe(400);
  });

  it('updates and replaces: transmitter values must match, a new endpoint drops the old header', async () => {
    const id = await create(tokens.receiverA);
    const patch = (body: Record<string, unknown>) =>
      call('PATCH', '/api/v1/ssf/stream', tokens.receiverA, { stream_id: id, ...body });
    const changed = await patch({
      events_requested: [eventTypes.credentialCompromise],
      iss: `https://hrm.example.com/ssf/${tenant.slug}`,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      events_delivered: [eventTypes.credentialCompromise],
      description: 'IdP risk',
    });
    expect((await patch({ iss: 'https://elsewhere.example.com' })).statusCode).toBe(400);
    expect((await patch({ aud: 'https://other-rp.example.com' })).statusCode).toBe(400);
    expect((await patch({ events_delivered: [eventTypes.riskLevelChange] })).statusCode).toBe(400);
    const sealed = async () =>
      (
        await s.t.db.get<{ a: string | null }>(
          'SELECT authorization_sealed AS a FROM ssf_streams WHERE id = ?',
          [id],
        )
      )?.a;
    expect(await sealed()).not.toBeNull();
    expect((await patch({ delivery: push('https://rp.example.com/caep', null) })).statusCode).toBe(
      200,
    );
    expect(await sealed()).not.toBeNull();
    expect((await patch({ delivery: push('https://new.example.com/caep', null) })).statusCode).toBe(
      200,
    );
    expect(await sealed()).toBeNull();
    const replaced = await call('PUT', '/api/v1/ssf/stream', tokens.receiverA, {
      stream_id: id,
      delivery: push('https://new.example.com/caep'),
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ events_requested: [], events_delivered: [] });
    expect(replaced.json()).not.toHaveProperty('description');
    expect(await sealed()).not.toBeNull();
  });

  it("keeps one receiver's streams from another, and every stream from another tenant", async () => {
    const id = await create(tokens.receiverA);
    const q = `stream_id=${id}`;
    const attempts = (token: string) => [
      call('GET', `/api/v1/ssf/stream?${q}`, token),
      call('PATCH', '/api/v1/ssf/stream', token, { stream_id: id, description: 'x' }),
      call('PUT', '/api/v1/ssf/stream', token, { stream_id: id, delivery: push() }),
      call('GET', `/api/v1/ssf/status?${q}`, token),
      call('POST', '/api/v1/ssf/status', token, { stream_id: id, status: 'disabled' }),
      call('POST', '/api/v1/ssf/verify', token, { stream_id: id }),
      call('POST', '/api/v1/ssf/subjects/add', token, {
        stream_id: id,
        subject: { format: 'email', email: 'a@b.test' },
      }),
      call('POST', '/api/v1/ssf/subjects/remove', token, {
        stream_id: id,
        subject: { format: 'email', email: 'a@b.test' },
      }),
      call('POST', '/api/v1/ssf/replay', token, { stream_id: id }),
      call('DELETE', `/api/v1/ssf/stream?${q}`, token),
    ];
    for (const token of [tokens.receiverB, tokens.otherAdmin, tokens.otherReceiver])
      for (const res of await Promise.all(attempts(token))) {
        expect(res.statusCode, res.body).toBe(404);
        expect(res.json()).toMatchObject({ code: 'SSF_STREAM_NOT_FOUND' });
      }
    const listed = (token: string) =>
      call('GET', '/api/v1/ssf/stream', token).then((r) =>
        r.json<{ stream_id: string }[]>().map((x) => x.stream_id),
      );
    expect(await listed(tokens.receiverB)).toEqual([]);
    const health = (token: string) =>
      call('GET', '/api/v1/ssf/deliveries', token).then((r) =>
        r.json<{ items: { stream_id: string }[] }>().items.map((x) => x.stream_id),
      );
    expect(await health(tokens.receiverB)).toEqual([]);
    expect(await health(tokens.otherAdmin)).toEqual([]);
    expect(await health(tokens.admin)).toContain(id);
    expect(await listed(tokens.otherAdmin)).toEqual([]);
    expect(await listed(tokens.receiverA)).toContain(id);
    expect(await listed(tokens.admin)).toContain(id);
    expect((await call('GET', `/api/v1/ssf/status?${q}`, tokens.receiverA)).json()).toEqual({
      stream_id: id,
      status: 'enabled',
    });
  });

  it('takes subjects out and back, validating their format', async () => {
    const id = await create(tokens.receiverA);
    const subject = { format: 'complex', user: { format: 'email', email: 'ann@acme.test' } };
    const remove = await call('POST', '/api/v1/ssf/subjects/remove', tokens.receiverA, {
      stream_id: id,
      subject,
    });
    expect(remove.statusCode).toBe(204);
    const rows = () =>
      s.t.db.all('SELECT subject FROM ssf_stream_subjects WHERE stream_id = ?', [id]);
    expect(await rows()).toHaveLength(1);
    const add = await call('POST', '/api/v1/ssf/subjects/add', tokens.receiverA, {
      stream_id: id,
      subject,
      verified: true,
    });
    expect(add.statusCode).toBe(200);
    expect(add.body).toBe('');
    expect(await rows()).toHaveLength(0);
    const bad = await call('POST', '/api/v1/ssf/subjects/remove', tokens.receiverA, {
      stream_id: id,
      subject: { format: 'email', email: 'nope' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('deletes a stream with its queued SETs', async () => {
    const id = await create(tokens.receiverA);
    expect(
      (await call('POST', '/api/v1/ssf/verify', tokens.receiverA, { stream_id: id, state: 's' }))
        .statusCode,
    ).toBe(204);
    const queued = () =>
      s.t.db.all('SELECT id FROM outbox_messages WHERE destination_id = ?', [id]);
    expect(await queued()).toHaveLength(1);
    expect(
      (await call('DELETE', `/api/v1/ssf/stream?stream_id=${id}`, tokens.receiverA)).statusCode,
    ).toBe(204);
    expect(await queued()).toHaveLength(0);
    expect(
      (await call('GET', `/api/v1/ssf/stream?stream_id=${id}`, tokens.receiverA)).statusCode,
    ).toBe(404);
  });
});

describe('SSF stream status', () => {
  it('drops queued SETs on disabling and tells the receiver when an administrator did it', async () => {
    const id = await create(tokens.receiverA);
    await call('POST', '/api/v1/ssf/verify', tokens.receiverA, { stream_id: id });
    const res = await call('POST', '/api/v1/ssf/status', tokens.admin, {
      stream_id: id,
      status: 'disabled',
      reason: 'offboarded',
    });
    expect(res.json()).toEqual({ stream_id: id, status: 'disabled', reason: 'offboarded' });
    const queued = await s.t.db.all<{ payload: string }>(
      'SELECT payload FROM outbox_messages WHERE destination_id = ?',
      [id],
    );
    expect(queued.map((q) => Object.keys(JSON.parse(q.payload).claims.events))).toEqual([
      [eventTypes.streamUpdated],
    ]);
    const verify = await call('POST', '/api/v1/ssf/verify', tokens.receiverA, { stream_id: id });
    expect(verify.statusCode).toBe(409);
  });
});

describe('SSF stream limit', () => {
  it('refuses a stream beyond the per-tenant limit with 409', async () => {
    const crowded = await makeTenant(s.t.db);
    const token = await tokenFor(s, crowded, 'ssf');
    for (let i = 0; i < MAX_STREAMS; i++) await create(token);
    const res = await call('POST', '/api/v1/ssf/stream', token, { delivery: push() });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ detail: string }>().detail).toContain(`at most ${MAX_STREAMS} streams`);
  });
});

describe('SSF without a secret key', () => {
  it('refuses to create streams and says how to configure the key', async () => {
    const bare = await startTestServer();
    try {
      const t = await makeTenant(bare.t.db);
      const res = await bare.app.inject({
        method: 'POST',
        url: '/api/v1/ssf/stream',
        headers: bearer(await tokenFor(bare, t, 'ssf')),
        payload: { delivery: push() },
      });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'SECRET_KEY_MISSING' });
      expect((await bare.app.inject({ url: `/ssf/${t.slug}/jwks.json` })).json()).toEqual({
        keys: [],
      });
    } finally {
      await bare.close();
    }
  });
});
