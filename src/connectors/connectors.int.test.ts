import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import type { Tenant } from '../tenancy/tenant.js';
import type { ConnectorKind } from './connector.js';
import { findConnector } from './connector.repository.js';
import type { ConnectorRuntime } from './connector-runtime.js';
import { runConnector } from './connector-run.service.js';
import { createConnector, getConnector } from './connector.service.js';
import { testRuntime } from './connector.test-support.js';
import {
  fakeCrowdstrike,
  fakeGophish,
  fakeGraph,
  fakeKnowbe4,
  fakeOkta,
  fakeTap,
} from './vendor-fakes.test-support.js';

let t: TestDatabase;
let rt: ConnectorRuntime;
let waits: number[];
let tenant: Tenant;

beforeAll(async () => {
  t = await createTestDatabase();
  const made = testRuntime(t.db);
  rt = made.rt;
  waits = made.env.waits;
  tenant = await makeTenant(t.db);
});
afterAll(() => t.drop());

async function configure(kind: ConnectorKind, settings: unknown, credentials: unknown) {
  return createConnector({ db: t.db, secrets: rt.secrets, now: Date.now() }, tenant.id, {
    kind,
    name: `${kind}-${Math.random().toString(36).slice(2, 8)}`,
    settings,
    credentials,
    intervalSeconds: 300,
  });
}

async function events(source: string): Promise<{ event_id: string; subject: string }[]> {
  return t.db.all(
    'SELECT event_id, subject FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) AND source = ?',
    [tenant.id, source],
  );
}

describe('Okta connector', () => {
  it('follows next links, waits as Retry-After asks, stores events and moves the cursor', async () => {
    const okta = await fakeOkta('okta-token');
    try {
      const c = await configure('okta', { baseUrl: okta.url }, { apiToken: 'okta-token' });
      waits.length = 0;
      const outcome = await runConnector(rt, c);
      expect(outcome.error).toBeNull();
      expect(waits).toContain(1000);
      expect(outcome.counts.records).toBe(16);
      expect(outcome.counts.stored).toBeGreaterThan(5);
      expect(outcome.counts.stored).toBeGreaterThan(0);
      const after = await getConnector(t.db, tenant.id, c.id);
      expect(after.cursor).toEqual({ logsNext: `${okta.url}/api/v1/logs?after=p3&limit=1000` });
      expect(after.status).toMatchObject({ state: 'ok', runs: 1, lastError: null });
      // Neither Okta user is in this tenant's directory yet: their ids are held.
      expect(outcome.counts).toMatchObject({ people: 2, peopleHeld: 2, aliasesAdded: 0 });
      const firstCall = okta.received.find((r) => r.path.startsWith('/api/v1/logs'));
      expect(firstCall?.path).toMatch(/since=.*sortOrder=ASCENDING/);

      const again = await runConnector(rt, after);
      expect(again.counts).toMatchObject({ records: 0, stored: 0 });
      expect(okta.received.at(-3)?.path).toContain('after=p3');
    } finally {
      await okta.close();
    }
  });

  it('records a refused token as the last error, and never the token', async () => {
    const okta = await fakeOkta('right');
    try {
      const c = await configure('okta', { baseUrl: okta.url }, { apiToken: 'wrong-token' });
      const outcome = await runConnector(rt, c);
      expect(outcome.ok).toBe(false);
      const status = (await getConnector(t.db, tenant.id, c.id)).status;
      expect(status).toMatchObject({ state: 'failed', consecutiveFailures: 1 });
      expect(status.lastError).toMatch(/Okta System Log: 127\.0\.0\.1:\d+ answered HTTP 401/);
      expect(status.lastError).not.toContain('wrong-token');
    } finally {
      await okta.close();
    }
  });

  it('refuses to reach a host that is not allowed: loopback without the operator allowing it', async () => {
    const strict = testRuntime(t.db, { BULWARK_OUTBOUND_ALLOW_PRIVATE: '' }).rt;
    const okta = await fakeOkta('tok');
    try {
      const c = await createConnector(
        { db: t.db, secrets: strict.secrets, now: Date.now() },
        tenant.id,
        {
          kind: 'okta',
          name: 'strict-okta',
          settings: { baseUrl: okta.url },
          credentials: { apiToken: 'tok' },
          intervalSeconds: 60,
        },
      );
      const outcome = await runConnector(strict, c);
      expect(outcome.error).toMatch(/loopback address/);
      expect(okta.received).toHaveLength(0);
    } finally {
      await okta.close();
    }
  });
});

describe('Microsoft Graph connector', () => {
  it('gets a token, fetches a new one when refused, follows nextLink through a 503', async () => {
    const graph = await fakeGraph('graph-secret');
    try {
      const c = await configure(
        'graph',
        {
          directoryId: 'contoso',
          graphUrl: graph.url,
          authorityUrl: graph.url,
          streams: ['signins'],
          pullUsers: false,
        },
        { clientId: 'app', clientSecret: 'graph-secret' },
      );
      const outcome = await runConnector(rt, c);
      expect(outcome.error).toBeNull();
      expect(graph.tokenCount()).toBe(2);
      expect(outcome.counts.records).toBe(7);
      expect(outcome.counts.retries).toBeGreaterThanOrEqual(1);
      const token = graph.received.find((r) => r.path.includes('/token'));
      expect(token?.path).toBe('/contoso/oauth2/v2.0/token');
      expect(new URLSearchParams(token?.body).get('scope')).toBe(`${graph.url}/.default`);
      const cursor = (await getConnector(t.db, tenant.id, c.id)).cursor as Record<
        string,
        { since: string }
      >;
      expect(cursor.signins?.since).toBe('2026-05-03T10:15:24Z');
      expect((await events('graph-signins')).length).toBeGreaterThan(0);
    } finally {
      await graph.close();
    }
  });
});

describe('Microsoft Graph users', () => {
  it('adds Entra ids, UPNs and account names to the people the directory knows', async () => {
    const graph = await fakeGraph('graph-secret');
    const tenantWithPeople = await makeTenant(t.db);
    const csv = 'email,name\ntom.baker@example.com,Tom Baker\n';
    await importDirectory(
      t.db,
      tenantWithPeople.id,
      readDirectoryCsv(Readable.from([Buffer.from(csv)])),
    );
    try {
      const c = await createConnector(
        { db: t.db, secrets: rt.secrets, now: Date.now() },
        tenantWithPeople.id,
        {
          kind: 'graph',
          name: 'entra',
          settings: {
            directoryId: 'contoso',
            graphUrl: graph.url,
            authorityUrl: graph.url,
            streams: ['alerts'],
          },
          credentials: { clientId: 'app', clientSecret: 'graph-secret' },
          intervalSeconds: 600,
        },
      );
      const outcome = await runConnector(rt, c);
      expect(outcome.error).toBeNull();
      expect(outcome.counts).toMatchObject({ people: 1, peopleHeld: 0, aliasesAdded: 3 });
      const aliases = await t.db.all<{ alias_lc: string; kind: string }>(
        "SELECT alias_lc, kind FROM identity_aliases WHERE tenant_id = ? AND kind IN ('entra_id', 'upn', 'sam') ORDER BY kind",
        [tenantWithPeople.id],
      );
      expect(aliases).toEqual([
        { alias_lc: 'e7f0c3a2-0000-4000-8000-000000000001', kind: 'entra_id' },
        { alias_lc: 'tom.baker', kind: 'sam' },
        { alias_lc: 'tom.baker@corp.example.com', kind: 'upn' },
      ]);
    } finally {
      await graph.close();
    }
  });
});

describe('Proofpoint TAP connector', () => {
  it('asks for the last hour first and keeps queryEndTime as the cursor', async () => {
    const tap = await fakeTap();
    try {
      const c = await configure(
        'proofpoint-tap',
        { baseUrl: tap.url },
        { principal: 'sp', secret: 'tap-secret' },
      );
      const first = await runConnector(rt, c);
      expect(first.error).toBeNull();
      expect(first.counts.stored).toBeGreaterThan(0);
      expect(tap.received.at(-1)?.path).toContain('sinceSeconds=3600');
      expect((await getConnector(t.db, tenant.id, c.id)).cursor).toEqual({
        until: '2026-04-20T09:00:00Z',
      });
    } finally {
      await tap.close();
    }
  });
});

describe('CrowdStrike connector', () => {
  it('uses client credentials, then query ids and entities, paging by after', async () => {
    const cs = await fakeCrowdstrike();
    try {
      const c = await configure(
        'crowdstrike',
        { baseUrl: cs.url },
        { clientId: 'cs-id', clientSecret: 'cs-secret' },
      );
      waits.length = 0;
      const outcome = await runConnector(rt, c);
      expect(outcome.error).toBeNull();
      expect(waits).toContain(3000);
      expect(outcome.counts.records).toBe(5);
      expect(cs.received.filter((r) => r.path.startsWith('/alerts/entities'))).toHaveLength(2);
      const query = cs.received.find((r) => r.path.startsWith('/alerts/queries'));
      expect(decodeURIComponent(query?.path ?? '')).toMatch(/filter=updated_timestamp:>='/);
      expect((await getConnector(t.db, tenant.id, c.id)).cursor).toEqual({
        updatedSince: '2026-05-04T12:59:03.102Z',
      });
      const subjects = (await events('crowdstrike')).map((e) => e.subject);
      expect(subjects).toContain('CORP\\tom.baker');
    } finally {
      await cs.close();
    }
  });
});

describe('KnowBe4 connector', () => {
  it('pages tests, recipients, enrollments and users; remembers closed tests', async () => {
    const kb4 = await fakeKnowbe4();
    try {
      const c = await configure('knowbe4', { baseUrl: kb4.url, perPage: 2 }, { apiKey: 'kb4-key' });
      const outcome = await runConnector(rt, c);
      expect(outcome.error).toBeNull();
      expect(outcome.counts.people).toBe(1);
      expect(outcome.counts.stored).toBeGreaterThan(0);
      const recipientPages = kb4.received.filter((r) => r.path.includes('/recipients'));
      expect(
        recipientPages.map((r) => new URL(r.path, 'http://x').searchParams.get('page')),
      ).toEqual(['1', '1', '2', '3']);
      expect((await getConnector(t.db, tenant.id, c.id)).cursor).toEqual({ closedTests: [14240] });
      const before = kb4.received.length;
      await runConnector(rt, await getConnector(t.db, tenant.id, c.id));
      expect(kb4.received.slice(before).some((r) => r.path.includes('/recipients'))).toBe(false);
    } finally {
      await kb4.close();
    }
  });
});

describe('GoPhish connector', () => {
  it('reads campaign results with the API key after a 503, and skips completed campaigns next time', async () => {
    const gp = await fakeGophish();
    try {
      const c = await configure('gophish', { baseUrl: gp.url }, { apiKey: 'gp-key' });
      const outcome = await runConnector(rt, c);
      expect(outcome.error).toBeNull();
      expect(outcome.counts.stored).toBeGreaterThan(0);
      expect((await findConnector(t.db, tenant.id, c.id))?.cursor).toEqual({ completed: [7] });
      await runConnector(rt, await getConnector(t.db, tenant.id, c.id));
      expect(gp.received.filter((r) => r.path === '/api/campaigns/7/results')).toHaveLength(2);
    } finally {
      await gp.close();
    }
  });
});

describe('credentials', () => {
  it('are stored encrypted, never in plain text', async () => {
    const c = await configure(
      'gophish',
      { baseUrl: 'https://gophish.example.com' },
      { apiKey: 'plain-key-123' },
    );
    const row = await t.db.get<{ credentials: string; settings: string }>(
      'SELECT credentials, settings FROM connectors WHERE tenant_id = ? AND id = ?',
      [tenant.id, c.id],
    );
    expect(row?.credentials).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain('plain-key-123');
  });

  it('cannot be stored without a key, and the error says how to set one', async () => {
    await expect(
      createConnector({ db: t.db, secrets: undefined, now: Date.now() }, tenant.id, {
        kind: 'gophish',
        name: 'no-key',
        settings: { baseUrl: 'https://gophish.example.com' },
        credentials: { apiKey: 'k' },
        intervalSeconds: 60,
      }),
    ).rejects.toThrow(/BULWARK_SECRET_KEY.*openssl rand -base64 32/);
  });

  it('reports every bad setting with its path', async () => {
    await expect(
      createConnector({ db: t.db, secrets: rt.secrets, now: Date.now() }, tenant.id, {
        kind: 'graph',
        name: 'bad',
        settings: { graphUrl: 'ftp://x' },
        credentials: {},
        intervalSeconds: 60,
      }),
    ).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'settings.directoryId' }),
        expect.objectContaining({ path: 'settings.graphUrl' }),
      ]),
    });
  });
});
