import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../test/support/server.js';
import {
  bearer,
  startTestServer,
  tenantWithAdmin,
  tokenFor,
} from '../../../test/support/server.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { readDirectoryCsv } from '../directory-csv.reader.js';
import { importDirectory } from '../directory-import.service.js';
import { findIdentity, findIdentityByEmail } from '../identity.repository.js';
import type { Call } from './scim.test-support.js';
import { expectScimError, q, scimClient } from './scim.test-support.js';
import { URN } from './scim.urns.js';

let s: TestServer;
let tenant: Tenant;
let admin: string;
let call: Call;

beforeAll(async () => {
  s = await startTestServer();
  ({ tenant, token: admin } = await tenantWithAdmin(s));
  call = scimClient(s, await tokenFor(s, tenant, 'scim'));
});
afterAll(() => s.close());

describe('joining the directory that is already there', () => {
  const csv = [
    'email,name,kind,department,title,location,privileged,owner_email',
    'csv.person@acme.test,Cara Csv,person,Legal,Counsel,Lisbon,true,',
    'csv.other@acme.test,Otto Csv,person,Legal,Clerk,,false,',
    'csv.bot@acme.test,Bot Csv,agent,Legal,Bot,,false,csv.other@acme.test',
  ].join('\n');

  beforeAll(async () => {
    const rows = readDirectoryCsv(Readable.from([Buffer.from(csv)]));
    const result = await importDirectory(s.t.db, tenant.id, rows);
    expect(result.errors).toEqual([]);
  });

  it('shows imported people by their email as userName, and no agents', async () => {
    const found = (
      await call('GET', `/Users?filter=${q('userName eq "CSV.Other@acme.test"')}`)
    ).json();
    expect(found.Resources).toEqual([
      expect.objectContaining({
        userName: 'csv.other@acme.test',
        title: 'Clerk',
        displayName: 'Otto Csv',
      }),
    ]);
    const bots = (
      await call('GET', `/Users?filter=${q('userName eq "csv.bot@acme.test"')}`)
    ).json();
    expect(bots.totalResults).toBe(0);
  });

  it('takes over an imported person with the same email instead of refusing', async () => {
    const before = await findIdentityByEmail(s.t.db, tenant.id, 'csv.person@acme.test');
    const res = await call('POST', '/Users', {
      schemas: [URN.user],
      userName: 'cara',
      emails: [{ value: 'CSV.Person@acme.test', type: 'work' }],
      title: 'General Counsel',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().id).toBe(before?.id);
    expect(await findIdentity(s.t.db, tenant.id, before?.id ?? '')).toMatchObject({
      userName: 'cara',
      title: 'General Counsel',
      privileged: true,
      source: 'scim',
    });
  });

  it('keeps what SCIM does not manage through PATCH and PUT', async () => {
    const other = await findIdentityByEmail(s.t.db, tenant.id, 'csv.other@acme.test');
    const id = other?.id ?? '';
    await call('PATCH', `/Users/${id}`, {
      schemas: [URN.patchOp],
      Operations: [{ op: 'replace', path: 'title', value: 'Senior Clerk' }],
    });
    expect(await findIdentity(s.t.db, tenant.id, id)).toMatchObject({
      title: 'Senior Clerk',
      department: 'Legal',
      name: 'Otto Csv',
      businessUnitId: other?.businessUnitId,
      createdAt: other?.createdAt,
    });
  });

  it('refuses an email or userName that another identity holds', async () => {
    const taken = {
      schemas: [URN.user],
      userName: 'someone',
      emails: [{ value: 'csv.bot@acme.test' }],
    };
    expectScimError(await call('POST', '/Users', taken), 409, 'uniqueness');
    const byEmail = { schemas: [URN.user], userName: 'csv.other@acme.test' };
    expectScimError(await call('POST', '/Users', byEmail), 409, 'uniqueness');
  });

  it('answers 409 to one of two racing creates of the same userName', async () => {
    const body = { schemas: [URN.user], userName: 'racer@acme.test' };
    const codes = (await Promise.all([call('POST', '/Users', body), call('POST', '/Users', body)]))
      .map((r) => r.statusCode)
      .sort();
    expect(codes).toEqual([201, 409]);
  });

  it('returns only the attributes asked for, and only totals for count=0', async () => {
    const res = await call(
      'GET',
      `/Users?filter=${q('userName eq "cara"')}&attributes=userName,name.givenName`,
    );
    expect(Object.keys(res.json().Resources[0]).sort()).toEqual([
      'id',
      'meta',
      'schemas',
      'userName',
    ]);
    const totals = (await call('GET', '/Users?count=0')).json();
    expect(totals.totalResults).toBeGreaterThan(0);
    expect(totals).toMatchObject({ itemsPerPage: 0, Resources: [] });
  });
});

describe('events that were waiting for a person', () => {
  it('are linked to the person when SCIM creates them', async () => {
    const event = {
      id: 'early-1',
      time: '2026-05-01T09:00:00Z',
      source: 'scim-test',
      type: 'phishing.sim_clicked',
      subject: 'New.Hire@acme.test',
      details: {},
    };
    const ingest = await s.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: { ...bearer(admin), 'content-type': 'application/json' },
      payload: JSON.stringify([event]),
    });
    expect(ingest.json()).toMatchObject({ stored: 1 });
    const created = await call('POST', '/Users', {
      schemas: [URN.user],
      userName: 'new.hire@acme.test',
    });
    const row = await s.t.db.get<{ identity_id: string | null }>(
      'SELECT identity_id FROM events WHERE tenant_no = (SELECT num FROM tenants WHERE id = ?) AND event_id = ?',
      [tenant.id, 'early-1'],
    );
    expect(row?.identity_id).toBe(created.json().id);
  });
});
