import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { catalogForTenant } from '../catalog/catalog.service.js';
import { entraPerson } from '../connectors/drivers/graph.driver.js';
import { knowbe4Person } from '../connectors/drivers/knowbe4.driver.js';
import { oktaPerson } from '../connectors/drivers/okta.driver.js';
import { findFormat } from '../events/formats/index.js';
import { ingestRecords } from '../events/ingest.service.js';
import { systemClock } from '../shared/clock.js';
import type { Tenant } from '../tenancy/tenant.js';
import { learnAliases } from './alias-learning.service.js';
import { countHeldAliases } from './held-alias.repository.js';
import { readDirectoryCsv } from './directory-csv.reader.js';
import { importDirectory } from './directory-import.service.js';
import { findIdentityByEmail } from './identity.repository.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

async function directory(tenant: Tenant, emails: string[]): Promise<void> {
  const csv = ['email,name', ...emails.map((e) => `${e},${e.split('@')[0] ?? e}`)].join('\n');
  const report = await importDirectory(
    t.db,
    tenant.id,
    readDirectoryCsv(Readable.from([Buffer.from(csv)])),
  );
  expect(report.rejected).toBe(0);
}

async function ingest(tenant: Tenant, format: string, records: unknown[]) {
  const f = findFormat(format);
  if (!f) throw new Error(format);
  const deps = { db: t.db, catalog: await catalogForTenant(t.db, tenant.id), clock: systemClock };
  const raws = records.map((value, i) => ({
    text: JSON.stringify(value),
    value,
    line: i + 1,
    origin: 'test',
  }));
  return ingestRecords(deps, tenant.id, f, raws);
}

async function identityOf(tenant: Tenant, eventId: string): Promise<string | null | undefined> {
  const row = await t.db.get<{ identity_id: string | null }>(
    'SELECT identity_id FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) AND event_id = ?',
    [tenant.id, eventId],
  );
  return row?.identity_id;
}

const epp = (id: string, user: string) => ({
  composite_id: id,
  product: 'epp',
  name: 'ML detection',
  tactic: 'Machine Learning',
  technique: 'Sensor-based ML',
  technique_id: 'CST0007',
  severity: 70,
  severity_name: 'High',
  timestamp: '2026-05-04T12:00:00Z',
  user_name: user,
  pattern_disposition_details: { quarantine_file: true },
});

const riskyUser = (objectId: string) => ({
  id: objectId,
  riskLevel: 'high',
  riskState: 'atRisk',
  riskDetail: 'none',
  riskLastUpdatedDateTime: '2026-05-04T12:00:00Z',
  userDisplayName: 'New Starter',
});

describe('identity resolution across sources', () => {
  it('links a DOMAIN\\account event from CrowdStrike once Entra says whose account it is', async () => {
    const tenant = await makeTenant(t.db);
    await directory(tenant, ['tom.baker@example.com']);
    const tom = await findIdentityByEmail(t.db, tenant.id, 'tom.baker@example.com');
    await ingest(tenant, 'crowdstrike', [epp('cs-1', 'CORP\\tom.baker')]);
    expect(await identityOf(tenant, 'cs-1')).toBeNull();

    const learned = await learnAliases(
      t.db,
      tenant.id,
      'connector:graph',
      entraPerson({
        id: '7f0c3a2e-0000-4000-8000-000000000001',
        userPrincipalName: 'tom.baker@corp.example.com',
        mail: 'tom.baker@example.com',
        onPremisesSamAccountName: 'tom.baker',
      }),
      Date.now(),
    );
    expect(learned).toMatchObject({ matched: 1, held: 0, linkedEvents: 1 });
    expect(await identityOf(tenant, 'cs-1')).toBe(tom?.id);

    await ingest(tenant, 'crowdstrike', [epp('cs-2', 'OTHERDOM\\tom.baker')]);
    await ingest(tenant, 'graph-risk', [riskyUser('7f0c3a2e-0000-4000-8000-000000000001')]);
    expect(await identityOf(tenant, 'cs-2')).toBe(tom?.id);
    const byObjectId = await t.db.get<{ identity_id: string }>(
      "SELECT identity_id FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) AND source = 'graph-risk'",
      [tenant.id],
    );
    expect(byObjectId?.identity_id).toBe(tom?.id);
  });

  it('holds a source’s ids for a person the directory does not know, and links when it learns them', async () => {
    const tenant = await makeTenant(t.db);
    const objectId = 'a1b2c3d4-0000-4000-8000-00000000beef';
    await ingest(tenant, 'graph-risk', [riskyUser(objectId)]);
    const learned = await learnAliases(
      t.db,
      tenant.id,
      'connector:graph',
      entraPerson({
        id: objectId,
        userPrincipalName: 'new.starter@example.com',
        mail: 'new.starter@example.com',
      }),
      Date.now(),
    );
    expect(learned).toMatchObject({ matched: 0, held: 1 });
    expect(await countHeldAliases(t.db, tenant.id)).toEqual([
      { source: 'connector:graph', aliases: 2 },
    ]);
    const waiting = await t.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) AND identity_id IS NULL',
      [tenant.id],
    );
    expect(Number(waiting?.n)).toBe(1);

    await directory(tenant, ['new.starter@example.com']);
    const person = await findIdentityByEmail(t.db, tenant.id, 'new.starter@example.com');
    const linked = await t.db.get<{ identity_id: string | null }>(
      'SELECT identity_id FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?)',
      [tenant.id],
    );
    expect(linked?.identity_id).toBe(person?.id);
    expect(await countHeldAliases(t.db, tenant.id)).toEqual([]);
  });

  it('gives every source’s id of one person the same identity (Okta, Entra, KnowBe4)', async () => {
    const tenant = await makeTenant(t.db);
    await directory(tenant, ['wmarcoux@example.com']);
    const person = await findIdentityByEmail(t.db, tenant.id, 'wmarcoux@example.com');
    const now = Date.now();
    await learnAliases(
      t.db,
      tenant.id,
      'connector:okta',
      oktaPerson({
        id: '00uabc123',
        profile: { email: 'wmarcoux@example.com', login: 'wmarcoux' },
      }),
      now,
    );
    await learnAliases(
      t.db,
      tenant.id,
      'connector:graph',
      entraPerson({
        id: 'entra-wm',
        userPrincipalName: 'wmarcoux@corp.example.com',
        mail: 'wmarcoux@example.com',
        onPremisesSamAccountName: 'wmarcoux2',
      }),
      now,
    );
    await learnAliases(
      t.db,
      tenant.id,
      'connector:knowbe4',
      knowbe4Person({
        id: 667542,
        email: 'wmarcoux@example.com',
        aliases: ['alias_email@example.com'],
      }),
      now,
    );
    const rows = await t.db.all<{ alias_lc: string; kind: string; identity_id: string }>(
      'SELECT alias_lc, kind, identity_id FROM identity_aliases WHERE tenant_id = ? ORDER BY alias_lc',
      [tenant.id],
    );
    const kinds = Object.fromEntries(rows.map((r) => [r.alias_lc, r.kind]));
    expect(kinds).toMatchObject({
      '00uabc123': 'okta_id',
      wmarcoux: 'other',
      'entra-wm': 'entra_id',
      'wmarcoux@corp.example.com': 'upn',
      wmarcoux2: 'sam',
      '667542': 'knowbe4_id',
      'alias_email@example.com': 'other',
    });
    expect(new Set(rows.map((r) => r.identity_id))).toEqual(new Set([person?.id]));
  });

  it('never lets a source move an alias the directory already gave to someone else', async () => {
    const tenant = await makeTenant(t.db);
    await directory(tenant, ['a@example.com', 'b@example.com']);
    const a = await findIdentityByEmail(t.db, tenant.id, 'a@example.com');
    await learnAliases(
      t.db,
      tenant.id,
      'connector:okta',
      [{ anchors: ['b@example.com'], aliases: [{ alias: 'a@example.com', kind: 'other' }] }],
      Date.now(),
    );
    const row = await t.db.get<{ identity_id: string }>(
      'SELECT identity_id FROM identity_aliases WHERE tenant_id = ? AND alias_lc = ?',
      [tenant.id, 'a@example.com'],
    );
    expect(row?.identity_id).toBe(a?.id);
  });
});
