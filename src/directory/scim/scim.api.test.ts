import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../test/support/server.js';
import { startTestServer, tenantWithAdmin, tokenFor } from '../../../test/support/server.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { findIdentity } from '../identity.repository.js';
import type { Call } from './scim.test-support.js';
import { expectScimError, q, scimClient } from './scim.test-support.js';
import { URN } from './scim.urns.js';

let s: TestServer;
let tenant: Tenant;
let scim: string;
let call: Call;

beforeAll(async () => {
  s = await startTestServer();
  ({ tenant } = await tenantWithAdmin(s));
  scim = await tokenFor(s, tenant, 'scim');
  call = scimClient(s, scim);
});
afterAll(() => s.close());

/** Okta SCIM 2.0 SPEC test (okta-developer-docs, Okta-SCIM-20-SPEC-Test.json), step by step. */
describe("Okta's SCIM 2.0 SPEC test plan", () => {
  const userName = 'Okta.Spec.User@acme.test';
  const newUser = {
    schemas: [URN.user],
    userName,
    name: { givenName: 'Olga', familyName: 'Spec' },
    emails: [{ primary: true, value: userName, type: 'work' }],
    active: true,
    password: 'never-stored-1!',
  };
  let id = '';

  it('creates a user: 201, active, id, name echoed, core schema', async () => {
    const res = await call('POST', '/Users', newUser);
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toContain('application/scim+json');
    const body = res.json();
    expect(body.schemas).toContain(URN.user);
    expect(body).toMatchObject({ active: true, userName, name: newUser.name });
    expect(body.id).toEqual(expect.any(String));
    expect(res.headers.location).toMatch(new RegExp(`/scim/v2/Users/${body.id}$`));
    expect(JSON.stringify(body)).not.toContain('never-stored');
    id = body.id;
  });

  it('lists users with count=1&startIndex=1: integer paging fields and one resource', async () => {
    const res = await call('GET', '/Users?count=1&startIndex=1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.schemas).toEqual([URN.listResponse]);
    expect(body).toMatchObject({
      startIndex: 1,
      itemsPerPage: 1,
      totalResults: expect.any(Number),
    });
    expect(body.totalResults).toBeGreaterThanOrEqual(1);
    expect(body.Resources).toHaveLength(1);
  });

  it('gets the user by id with id, name parts, userName and active', async () => {
    const res = await call('GET', `/Users/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      userName,
      active: true,
      name: { givenName: 'Olga', familyName: 'Spec' },
    });
  });

  it('finds nobody for an unknown userName: 200 and totalResults 0', async () => {
    const res = await call('GET', `/Users?filter=${q('userName eq "nobody-here@acme.test"')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ totalResults: 0, Resources: [] });
  });

  it('answers 404 with an Error body for an unknown id', async () => {
    const body = expectScimError(await call('GET', '/Users/010101001010101010'), 404);
    expect(body.detail).toContain('010101001010101010');
    expectScimError(await call('GET', '/Users/00919288221112222'), 404);
  });

  it('refuses to create the same userName again with 409 uniqueness', async () => {
    const again = { ...newUser, userName: userName.toUpperCase(), emails: [] };
    expectScimError(await call('POST', '/Users', again), 409, 'uniqueness');
  });

  it('finds the user by userName written in another letter case', async () => {
    const res = await call('GET', `/Users?filter=${q(`userName eq "${userName.toUpperCase()}"`)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ totalResults: 1, Resources: [{ id }] });
  });

  it('answers 401 with an Error body without a token or with a bad one', async () => {
    const none = await s.app.inject({ method: 'GET', url: '/scim/v2/Users' });
    expectScimError(none, 401);
    expect(none.headers['www-authenticate']).toContain('Bearer');
    expectScimError(
      await call('GET', '/Users', undefined, 'bwk_notarealtokenatallnotreal1234'),
      401,
    );
  });

  it('deactivates with a lower-case replace and no path, and still returns the user', async () => {
    const res = await call('PATCH', `/Users/${id}`, {
      schemas: [URN.patchOp],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, active: false });
    expect((await call('GET', `/Users/${id}`)).json()).toMatchObject({ active: false });
    const stored = await findIdentity(s.t.db, tenant.id, id);
    expect(stored).toMatchObject({ active: false, leftAt: expect.any(Number), source: 'scim' });
  });

  it('replaces a profile with PUT, clearing what it omits', async () => {
    const res = await call('PUT', `/Users/${id}`, {
      ...newUser,
      title: 'Analyst',
      name: { givenName: 'Olga', familyName: 'Spec-Smith' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      title: 'Analyst',
      active: true,
      displayName: 'Olga Spec-Smith',
    });
    const cleared = await call('PUT', `/Users/${id}`, newUser);
    expect(Object.keys(cleared.json())).not.toContain('title');
  });

  it('pages in a stable order without repeats or gaps', async () => {
    for (let n = 0; n < 5; n++)
      await call('POST', '/Users', { schemas: [URN.user], userName: `page.${n}@acme.test` });
    const seen: string[] = [];
    let total = 0;
    for (let start = 1; start < 50; start += 2) {
      const body = (await call('GET', `/Users?startIndex=${start}&count=2`)).json();
      total = body.totalResults;
      expect(body.startIndex).toBe(start);
      seen.push(...body.Resources.map((r: { id: string }) => r.id));
      if (body.Resources.length < 2) break;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const again = (await call('GET', `/Users?startIndex=1&count=${total}`)).json();
    expect(again.Resources.map((r: { id: string }) => r.id)).toEqual(seen);
  });

  it('answers GET /Groups', async () => {
    const res = await call('GET', '/Groups');
    expect(res.statusCode).toBe(200);
    expect(res.json().schemas).toEqual([URN.listResponse]);
  });
});

/** Requests as Entra provisioning sends them (MicrosoftDocs entra-docs, SCIM provisioning). */
describe('Entra provisioning', () => {
  const E = URN.enterprise;
  let id = '';
  let managerId = '';

  it('creates a user with core and enterprise schemas', async () => {
    const manager = await call('POST', '/Users', {
      schemas: [URN.user],
      userName: 'boss@contoso.test',
      name: { givenName: 'Bo', familyName: 'Ss' },
    });
    managerId = manager.json().id;
    const res = await call('POST', '/Users', {
      schemas: [URN.user, E],
      externalId: 'e-0001',
      userName: 'Test_User_ab6490ee@contoso.test',
      active: true,
      emails: [{ primary: true, type: 'work', value: 'Test_User_fd0ea19b@contoso.test' }],
      meta: { resourceType: 'User' },
      name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
      roles: [],
      [E]: { department: 'Sales', employeeNumber: '7' },
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ externalId: 'e-0001', [E]: { department: 'Sales' } });
  });

  it('matches by externalId, by userName and by the work email', async () => {
    for (const filter of [
      'externalId eq "e-0001"',
      'userName eq "test_user_ab6490ee@contoso.test"',
      'emails[type eq "work"].value eq "Test_User_fd0ea19b@contoso.test"',
      'userName eq "Test_User_ab6490ee@contoso.test" and active eq true',
    ]) {
      const body = (await call('GET', `/Users?filter=${q(filter)}`)).json();
      expect(
        body.Resources.map((r: { id: string }) => r.id),
        filter,
      ).toEqual([id]);
    }
    const exact = (await call('GET', `/Users?filter=${q('externalId eq "E-0001"')}`)).json();
    expect(exact.totalResults).toBe(0);
  });

  it('applies Replace and Add with paths, enterprise attributes and a manager', async () => {
    const res = await call('PATCH', `/Users/${id}`, {
      schemas: [URN.patchOp],
      Operations: [
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updated@contoso.test' },
        { op: 'Replace', path: 'name.givenName', value: 'Gina' },
        { op: 'Add', path: `${E}:department`, value: 'Finance' },
        { op: 'Add', path: `${E}:manager`, value: managerId },
        { op: 'Replace', path: 'active', value: 'False' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      active: false,
      name: { givenName: 'Gina' },
      emails: [{ value: 'updated@contoso.test', type: 'work', primary: true }],
      [E]: { department: 'Finance', manager: { value: managerId } },
    });
    expect(await findIdentity(s.t.db, tenant.id, id)).toMatchObject({
      email: 'updated@contoso.test',
      givenName: 'Gina',
      department: 'Finance',
      managerId,
    });
  });

  it('removes the manager', async () => {
    const res = await call('PATCH', `/Users/${id}`, {
      schemas: [URN.patchOp],
      Operations: [{ op: 'Remove', path: `${E}:manager` }],
    });
    expect(res.json()[E]).toEqual({ department: 'Finance' });
  });

  it('names the operation index in a bad PATCH', async () => {
    const patch = (ops: unknown[]) =>
      call('PATCH', `/Users/${id}`, { schemas: [URN.patchOp], Operations: ops });
    const bad = expectScimError(
      await patch([
        { op: 'Replace', path: 'title', value: 'Boss' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'not-an-email' },
      ]),
      400,
      'invalidValue',
    );
    expect(bad.detail).toMatch(/^Operations\[1\]: emails\[0\]\.value/);
    expectScimError(await patch([{ op: 'Jump', path: 'title' }]), 400, 'invalidSyntax');
    expectScimError(
      await patch([{ op: 'Add', path: 'emails[type eq', value: 'x' }]),
      400,
      'invalidPath',
    );
    expectScimError(
      await patch([{ op: 'Add', path: `${E}:manager`, value: 'nobody' }]),
      400,
      'invalidValue',
    );
  });

  it('refuses a bad filter with invalidFilter', async () => {
    expectScimError(await call('GET', `/Users?filter=${q('userName eq')}`), 400, 'invalidFilter');
    expectScimError(
      await call('GET', `/Users?filter=${q('password eq "x"')}`),
      400,
      'invalidFilter',
    );
  });

  it('deletes a user: gone from the directory, 404 afterwards, reports lose their manager', async () => {
    const report = (
      await call('POST', '/Users', {
        schemas: [URN.user, E],
        userName: 'report@contoso.test',
        [E]: { manager: { value: managerId } },
      })
    ).json();
    expect((await call('DELETE', `/Users/${managerId}`)).statusCode).toBe(204);
    expectScimError(await call('GET', `/Users/${managerId}`), 404);
    expectScimError(await call('DELETE', `/Users/${managerId}`), 404);
    expect(await findIdentity(s.t.db, tenant.id, managerId)).toBeUndefined();
    expect((await call('GET', `/Users/${report.id}`)).json()[E]).toBeUndefined();
  });
});
