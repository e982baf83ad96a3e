import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { readDirectoryCsv } from './directory-csv.reader.js';
import { importDirectory } from './directory-import.service.js';
import { findIdentityByEmail } from './identity.repository.js';
import { listGroupsOf } from './group.repository.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const header =
  'email,name,kind,department,title,manager_email,owner_email,groups,privileged,timezone\n';

function csv(text: string) {
  return readDirectoryCsv(Readable.from([Buffer.from(text)]));
}

describe('directory import', () => {
  it('imports valid rows, reports bad ones by line, and links managers that come later', async () => {
    const tenant = await makeTenant(t.db);
    const file =
      header +
      'alice@example.com,Alice,person,Finance,Analyst,boss@example.com,,finance;vpn,false,Europe/London\n' +
      'not-an-email,Bad,person,,,,,,,\n' +
      'bot@example.com,Bot,agent,,,,,,,\n' +
      'boss@example.com,Boss,person,Finance,CFO,,,finance,true,Europe/Paris\n' +
      'helper@example.com,Helper,agent,IT,,,alice@example.com,,,\n';
    const report = await importDirectory(t.db, tenant.id, csv(file));
    expect(report).toMatchObject({ rows: 5, created: 3, updated: 0, unchanged: 0, rejected: 2 });
    expect(report.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(report.errors[0]?.problems[0]?.path).toBe('email');
    expect(report.errors[1]?.problems[0]?.path).toBe('owner_email');

    const alice = await findIdentityByEmail(t.db, tenant.id, 'ALICE@example.com');
    const boss = await findIdentityByEmail(t.db, tenant.id, 'boss@example.com');
    const helper = await findIdentityByEmail(t.db, tenant.id, 'helper@example.com');
    expect(alice?.managerId).toBe(boss?.id);
    expect(boss?.privileged).toBe(true);
    expect(helper).toMatchObject({ kind: 'agent', ownerId: alice?.id });
    expect((await listGroupsOf(t.db, tenant.id, alice?.id ?? '')).map((g) => g.name)).toEqual([
      'finance',
      'vpn',
    ]);
  });

  it('changes nothing on re-import, updates changed rows, and marks leavers when asked', async () => {
    const tenant = await makeTenant(t.db);
    const first = header + 'a@example.com,A,,Sales,,,,,,\nb@example.com,B,,Sales,,,,,,\n';
    await importDirectory(t.db, tenant.id, csv(first));
    expect(await importDirectory(t.db, tenant.id, csv(first))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });

    const second = header + 'a@example.com,A,,Marketing,,,,,,\n';
    const report = await importDirectory(t.db, tenant.id, csv(second), { markLeavers: true });
    expect(report).toMatchObject({ updated: 1, leavers: 1 });
    expect(await findIdentityByEmail(t.db, tenant.id, 'a@example.com')).toMatchObject({
      department: 'Marketing',
      active: true,
    });
    expect(await findIdentityByEmail(t.db, tenant.id, 'b@example.com')).toMatchObject({
      active: false,
    });
  });

  it('rejects a duplicate email in the same file, naming the first line', async () => {
    const tenant = await makeTenant(t.db);
    const report = await importDirectory(
      t.db,
      tenant.id,
      csv(header + 'x@example.com,X,,,,,,,,\nX@example.com,X2,,,,,,,,\n'),
    );
    expect(report.created).toBe(1);
    expect(report.errors[0]?.problems).toEqual([{ path: 'email', message: 'duplicate of line 2' }]);
  });

  it('refuses a file without an email column before importing anything', async () => {
    const tenant = await makeTenant(t.db);
    await expect(importDirectory(t.db, tenant.id, csv('name,department\nA,B\n'))).rejects.toThrow(
      /email/,
    );
  });

  it('keeps tenants apart', async () => {
    const one = await makeTenant(t.db);
    const two = await makeTenant(t.db);
    await importDirectory(t.db, one.id, csv(header + 'same@example.com,One,,,,,,,,\n'));
    expect(await findIdentityByEmail(t.db, two.id, 'same@example.com')).toBeUndefined();
  });
});
