import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { importAccess } from './access-import.service.js';
import { readAccessFile } from './access-reader.js';
import { listEntitlementsOf, listResources } from './access.repository.js';
import { readDirectoryCsv } from './directory-csv.reader.js';
import { importDirectory } from './directory-import.service.js';
import { findIdentityByEmail } from './identity.repository.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const stream = (text: string) => Readable.from([Buffer.from(text)]);

async function setup() {
  const tenant = await makeTenant(t.db);
  await importDirectory(
    t.db,
    tenant.id,
    readDirectoryCsv(stream('email\na@x.test\nb@x.test\nc@x.test\n')),
  );
  const id = async (email: string) => (await findIdentityByEmail(t.db, tenant.id, email))?.id ?? '';
  return { tenant, id };
}

describe('access snapshot import', () => {
  it('grants entitlements from CSV, reports bad rows and settles criticality conflicts upward', async () => {
    const { tenant, id } = await setup();
    const csv =
      'email,resource,criticality,entitlement,admin\na@x.test,Payroll,high,approver,false\nb@x.test,payroll,critical,admin,true\nnobody@x.test,Wiki,low,,\na@x.test,Wiki,extreme,,\n';
    const report = await importAccess(t.db, tenant.id, readAccessFile(stream(csv), 'csv', 'a.csv'));
    // a@x.test has a rejected row, so keeps its previous (empty) access rather than a partial one.
    expect(report).toMatchObject({ rows: 4, granted: 1, rejected: 2 });
    expect(await listEntitlementsOf(t.db, tenant.id, await id('a@x.test'))).toEqual([]);
    expect(report.errors.map((e) => [e.line, e.problems[0]?.path])).toEqual([
      [4, 'email'],
      [5, 'criticality'],
    ]);
    expect(await listResources(t.db, tenant.id)).toEqual([
      expect.objectContaining({ name: 'Payroll', criticality: 'critical' }),
    ]);
    expect(report.warnings.join()).toMatch(/payroll.*high and critical/i);
    expect(await listEntitlementsOf(t.db, tenant.id, await id('b@x.test'))).toEqual([
      expect.objectContaining({ entitlement: 'admin', admin: 1 }),
    ]);
  });

  it('treats the file as a snapshot but keeps old access for identities with a rejected row', async () => {
    const { tenant, id } = await setup();
    const first =
      '{"email":"a@x.test","resource":"Git","criticality":"medium"}\n{"email":"b@x.test","resource":"Git"}\n{"email":"c@x.test","resource":"Git"}\n';
    await importAccess(t.db, tenant.id, readAccessFile(stream(first), 'ndjson', 'a.ndjson'));
    const second =
      '{"email":"a@x.test","resource":"CRM","criticality":"low"}\n{"email":"b@x.test","resource":"Git","admin":"maybe"}\nnot json\n';
    const report = await importAccess(
      t.db,
      tenant.id,
      readAccessFile(stream(second), 'ndjson', 'b.ndjson'),
    );
    expect(report).toMatchObject({ granted: 1, rejected: 2, cleared: 1 });
    expect(report.errors[1]?.problems[0]?.message).toContain('not valid JSON');
    expect(
      (await listEntitlementsOf(t.db, tenant.id, await id('a@x.test'))).map((e) => e.resource),
    ).toEqual(['CRM']);
    expect(
      (await listEntitlementsOf(t.db, tenant.id, await id('b@x.test'))).map((e) => e.resource),
    ).toEqual(['Git']);
    expect(await listEntitlementsOf(t.db, tenant.id, await id('c@x.test'))).toEqual([]);
  });
});
