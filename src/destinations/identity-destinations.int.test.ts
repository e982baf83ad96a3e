import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import type { LocalServer } from '../../test/support/local-http.js';
import { sendJson, startLocalServer } from '../../test/support/local-http.js';
import { createDestination, changeDestination } from './destination.service.js';
import {
  manualClock,
  markScored,
  scoredPeople,
  setLevel,
  testDestinationRuntime,
  testWorker,
} from './destinations.test-support.js';
import { listMessages, replayDead } from './outbox.repository.js';
import { feedDestination } from './risk-feed.service.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

function setup() {
  const clock = manualClock();
  const rt = testDestinationRuntime(t.db, clock);
  return {
    clock,
    rt,
    deps: { db: t.db, secrets: rt.secrets, now: clock.now() },
    worker: testWorker(rt),
  };
}

/** Okta's Users, Groups and user risk APIs; the first call is rate limited. */
async function fakeOkta(users: Record<string, string>): Promise<LocalServer> {
  let limited = false;
  return startLocalServer((req, res) => {
    if (req.headers.authorization !== 'SSWS okta-token')
      return sendJson(res, 401, { errorCode: 'E0000011' });
    if (!limited) {
      limited = true;
      return sendJson(
        res,
        429,
        { errorCode: 'E0000047' },
        {
          'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 1),
        },
      );
    }
    const path = decodeURIComponent(req.path);
    const user = /^\/api\/v1\/users\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && user) {
      const id = users[user[1] ?? ''];
      return id
        ? sendJson(res, 200, { id, status: 'ACTIVE' })
        : sendJson(res, 404, { errorCode: 'E0000007' });
    }
    if (
      /^\/api\/v1\/groups\/grp\d\/users\/[^/]+$/.test(path) &&
      ['PUT', 'DELETE'].includes(req.method)
    ) {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (/^\/api\/v1\/users\/[^/]+\/risk$/.test(path) && req.method === 'PUT')
      return sendJson(res, 200, JSON.parse(req.body) as unknown);
    if (path === '/api/v1/groups/grp1')
      return sendJson(res, 200, { id: 'grp1', type: 'OKTA_GROUP' });
    sendJson(res, 404, { errorCode: 'E0000007' });
  });
}

describe('Okta destination', () => {
  it('puts people at or above the minimum in the group with user risk HIGH, and takes them out', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const domain = `${tenant.slug}.test`;
    const okta = await fakeOkta({ [`hi@${domain}`]: '00uHigh1', [`lo@${domain}`]: '00uLow1' });
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'okta',
        name: 'okta',
        settings: { baseUrl: okta.url, groupId: 'grp1', setUserRisk: true },
        credentials: { apiToken: 'okta-token' },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      const ids = await scoredPeople(
        t.db,
        tenant,
        [
          { email: `hi@${domain}`, level: 'critical' },
          { email: `lo@${domain}`, level: 'medium' },
        ],
        clock.now(),
      );
      expect((await feedDestination(rt, d)).enqueued).toBe(1);
      expect(await worker.tick()).toBe(1); // 429: Okta's rate limit window
      const [waiting] = await listMessages(t.db, tenant.id, d.id, 'pending', { limit: 1 });
      // Okta's X-Rate-Limit-Reset, not the back-off, set the wait: at most 2 s here.
      expect((waiting?.nextAttemptAt ?? 0) - clock.now()).toBeLessThanOrEqual(2_000);
      clock.advance(2_000);
      expect(await worker.tick()).toBe(1);
      const calls = () => okta.received.map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
      expect(calls().slice(1)).toEqual([
        `GET /api/v1/users/hi@${domain}`,
        'PUT /api/v1/groups/grp1/users/00uHigh1',
        'PUT /api/v1/users/00uHigh1/risk',
      ]);
      expect(JSON.parse(okta.received.at(-1)?.body ?? '{}')).toEqual({ riskLevel: 'HIGH' });

      clock.advance(60_000);
      await setLevel(t.db, tenant, ids.get(`hi@${domain}`) ?? '', 'low', clock.now());
      await markScored(t.db, tenant, clock.now());
      await feedDestination(rt, d);
      expect(await worker.tick()).toBe(1);
      expect(calls().slice(-2)).toEqual([
        'DELETE /api/v1/groups/grp1/users/00uHigh1',
        'PUT /api/v1/users/00uHigh1/risk',
      ]);
      expect(JSON.parse(okta.received.at(-1)?.body ?? '{}')).toEqual({ riskLevel: 'LOW' });

      // Lowering the minimum to medium brings lo@ into the group though its level did not move.
      const lowered = await changeDestination({ ...deps, now: clock.now() }, tenant.id, d.id, {
        minLevel: 'medium',
      });
      await feedDestination(rt, lowered);
      expect(await worker.tick()).toBe(1);
      expect(calls().slice(-3)[1]).toBe('PUT /api/v1/groups/grp1/users/00uLow1');

      // Another group starts empty: everyone who meets the minimum is put in it.
      const moved = await changeDestination({ ...deps, now: clock.now() + 1 }, tenant.id, d.id, {
        settings: { baseUrl: okta.url, groupId: 'grp2' },
      });
      await feedDestination(rt, moved);
      expect(await worker.tick()).toBe(1);
      expect(calls().slice(-2)).toEqual([
        `GET /api/v1/users/lo@${domain}`,
        'PUT /api/v1/groups/grp2/users/00uLow1',
      ]);
    } finally {
      await okta.close();
    }
  });

  it('keeps a change for someone Okta does not know as dead, saying why', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const okta = await fakeOkta({});
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'okta',
        name: 'okta',
        settings: { baseUrl: okta.url, groupId: 'grp1' },
        credentials: { apiToken: 'okta-token' },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      await scoredPeople(
        t.db,
        tenant,
        [{ email: `ghost@${tenant.slug}.test`, level: 'high' }],
        clock.now(),
      );
      await feedDestination(rt, d);
      await worker.tick();
      clock.advance(2_000);
      await worker.tick();
      const dead = await listMessages(t.db, tenant.id, d.id, 'dead', { limit: 5 });
      expect(dead[0]?.lastError).toBe(`Okta has no user with login ghost@${tenant.slug}.test`);
    } finally {
      await okta.close();
    }
  });
});

/** Entra's token endpoint and the Graph calls a destination makes. */
async function fakeGraph(): Promise<LocalServer> {
  const members = new Set<string>();
  return startLocalServer((req, res) => {
    if (req.path === '/dir-1/oauth2/v2.0/token')
      return sendJson(res, 200, {
        access_token: 'graph-token',
        expires_in: 3600,
        token_type: 'Bearer',
      });
    if (req.headers.authorization !== 'Bearer graph-token')
      return sendJson(res, 401, { error: {} });
    const path = decodeURIComponent(req.path);
    if (req.method === 'GET' && path.startsWith('/v1.0/users/'))
      return path.includes('known@')
        ? sendJson(res, 200, { id: 'obj-known' })
        : sendJson(res, 404, { error: { code: 'Request_ResourceNotFound' } });
    if (req.method === 'POST' && path === '/v1.0/groups/g-1/members/$ref') {
      const id =
        String((JSON.parse(req.body) as Record<string, string>)['@odata.id'])
          .split('/')
          .pop() ?? '';
      if (members.has(id))
        return sendJson(res, 400, {
          error: {
            code: 'Request_BadRequest',
            message:
              "One or more added object references already exist for the following modified properties: 'members'.",
          },
        });
      members.add(id);
      res.statusCode = 204;
      res.end();
      return;
    }
    if (
      req.method === 'POST' &&
      path === '/v1.0/identityProtection/riskyUsers/confirmCompromised'
    ) {
      res.statusCode = 204;
      res.end();
      return;
    }
    sendJson(res, 404, { error: { code: 'NotFound' } });
  });
}

describe('replaying a group change', () => {
  it('skips an old dead change once a newer one for the same person was delivered', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const email = `flip@${tenant.slug}.test`;
    let refusePut = true;
    const okta = await startLocalServer((req, res) => {
      if (req.method === 'GET') return sendJson(res, 200, { id: '00uFlip' });
      if (req.method === 'PUT' && refusePut) return sendJson(res, 403, { errorCode: 'E0000006' });
      res.statusCode = 204;
      res.end();
    });
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'okta',
        name: 'okta',
        settings: { baseUrl: okta.url, groupId: 'grp1' },
        credentials: { apiToken: 'okta-token' },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      const ids = await scoredPeople(t.db, tenant, [{ email, level: 'high' }], clock.now());
      await feedDestination(rt, d);
      expect(await worker.tick()).toBe(1);
      const [dead] = await listMessages(t.db, tenant.id, d.id, 'dead', { limit: 1 });
      expect(dead?.lastError).toContain('HTTP 403');

      clock.advance(60_000);
      await setLevel(t.db, tenant, ids.get(email) ?? '', 'low', clock.now());
      await markScored(t.db, tenant, clock.now());
      await feedDestination(rt, d);
      expect(await worker.tick()).toBe(1);
      expect(okta.received.at(-1)?.method).toBe('DELETE');

      refusePut = false;
      const calls = okta.received.length;
      await replayDead(t.db, tenant.id, d.id, 'all', clock.now());
      expect(await worker.tick()).toBe(1);
      expect(okta.received).toHaveLength(calls);
      expect(await listMessages(t.db, tenant.id, d.id, 'delivered', { limit: 5 })).toHaveLength(2);
    } finally {
      await okta.close();
    }
  });
});

describe('Microsoft Graph destination', () => {
  it('adds people to the group by Entra id or UPN lookup, and confirms a takeover compromised', async () => {
    const tenant = await makeTenant(t.db);
    const { clock, rt, deps, worker } = setup();
    const domain = `${tenant.slug}.test`;
    const graph = await fakeGraph();
    try {
      const d = await createDestination(deps, tenant.id, {
        kind: 'graph',
        name: 'entra',
        settings: {
          directoryId: 'dir-1',
          graphUrl: graph.url,
          authorityUrl: graph.url,
          groupId: 'g-1',
          confirmCompromised: true,
        },
        credentials: { clientId: 'app', clientSecret: 'graph-secret' },
        minLevel: 'high',
        identityKinds: ['person'],
      });
      const ids = await scoredPeople(
        t.db,
        tenant,
        [
          { email: `known@${domain}`, level: 'high' },
          { email: `mapped@${domain}`, level: 'critical' },
        ],
        clock.now(),
      );
      const mapped = ids.get(`mapped@${domain}`) ?? '';
      await t.db.run(
        `INSERT INTO identity_aliases (tenant_id, alias_lc, identity_id, kind) VALUES (?, ?, ?, 'entra_id')`,
        [tenant.id, 'obj-mapped', mapped],
      );
      await t.db.run(
        `INSERT INTO events (tenant_no, source, event_id, time, type, subject, subject_lc, identity_id,
           severity, details, ingested_at) VALUES ((SELECT num FROM tenants WHERE id = ?), 'crowdstrike', 'ato-1', ?, 'auth.account_compromised', ?, ?, ?, 'critical', '{}', ?)`,
        [tenant.id, clock.now(), `mapped@${domain}`, `mapped@${domain}`, mapped, clock.now()],
      );
      expect((await feedDestination(rt, d)).enqueued).toBe(3);
      expect((await feedDestination(rt, { ...d, fedScoredAt: 0 })).enqueued).toBe(0);
      expect(await worker.tick()).toBe(3);
      const calls = graph.received.map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
      expect(calls.filter((c) => c.startsWith('POST /dir-1'))).toHaveLength(1);
      expect(calls).toContain(`GET /v1.0/users/known@${domain}?$select=id`);
      expect(calls.filter((c) => c === 'POST /v1.0/groups/g-1/members/$ref')).toHaveLength(2);
      const confirm = graph.received.find((r) => r.path.endsWith('confirmCompromised'));
      expect(JSON.parse(confirm?.body ?? '{}')).toEqual({ userIds: ['obj-mapped'] });
      const refs = graph.received
        .filter((r) => r.path.endsWith('members/$ref'))
        .map((r) => (JSON.parse(r.body) as Record<string, string>)['@odata.id']);
      expect(refs.sort()).toEqual([
        `${graph.url}/v1.0/directoryObjects/obj-known`,
        `${graph.url}/v1.0/directoryObjects/obj-mapped`,
      ]);
      expect(await listMessages(t.db, tenant.id, d.id, 'delivered', { limit: 5 })).toHaveLength(3);
    } finally {
      await graph.close();
    }
  });
});
