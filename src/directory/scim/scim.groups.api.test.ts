import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../test/support/server.js';
import {
  bearer,
  startTestServer,
  tenantWithAdmin,
  tokenFor,
} from '../../../test/support/server.js';
import type { Call } from './scim.test-support.js';
import { expectScimError, q, scimClient } from './scim.test-support.js';
import { URN } from './scim.urns.js';

let s: TestServer;
let scim: string;
let call: Call;

beforeAll(async () => {
  s = await startTestServer();
  const { tenant } = await tenantWithAdmin(s);
  scim = await tokenFor(s, tenant, 'scim');
  call = scimClient(s, scim);
});
afterAll(() => s.close());

describe('Groups', () => {
  let groupId = '';
  const users: string[] = [];

  beforeAll(async () => {
    for (const n of [1, 2, 3]) {
      const res = await call('POST', '/Users', {
        schemas: [URN.user],
        userName: `member.${n}@acme.test`,
      });
      users.push(res.json().id);
    }
  });

  it('creates a group with members and refuses a second of the same name', async () => {
    const res = await call('POST', '/Groups', {
      schemas: [URN.group],
      displayName: 'Finance Team',
      externalId: 'g-ext-1',
      members: [{ value: users[0] }],
    });
    expect(res.statusCode).toBe(201);
    groupId = res.json().id;
    expect(res.json()).toMatchObject({
      displayName: 'Finance Team',
      members: [{ value: users[0], type: 'User' }],
    });
    const dup = { schemas: [URN.group], displayName: 'finance team' };
    expectScimError(await call('POST', '/Groups', dup), 409, 'uniqueness');
  });

  it('finds a group by displayName without members, as Entra asks', async () => {
    const res = await call(
      'GET',
      `/Groups?filter=${q('displayName eq "Finance Team"')}&excludedAttributes=members`,
    );
    const body = res.json();
    expect(body.totalResults).toBe(1);
    expect(body.Resources[0]).toMatchObject({ id: groupId, displayName: 'Finance Team' });
    expect(Object.keys(body.Resources[0])).not.toContain('members');
  });

  it('adds and removes members the way Entra sends them, answering 204', async () => {
    const add = await call('PATCH', `/Groups/${groupId}`, {
      schemas: [URN.patchOp],
      Operations: [
        {
          op: 'Add',
          path: 'members',
          value: [{ $ref: null, value: users[1] }, { value: users[2] }],
        },
      ],
    });
    expect(add.statusCode).toBe(204);
    const remove = await call('PATCH', `/Groups/${groupId}`, {
      schemas: [URN.patchOp],
      Operations: [{ op: 'Remove', path: `members[value eq "${users[0]}"]` }],
    });
    expect(remove.statusCode).toBe(204);
    const members = (await call('GET', `/Groups/${groupId}`))
      .json()
      .members.map((m: { value: string }) => m.value);
    expect(members.sort()).toEqual([users[1], users[2]].sort());
    const user = (await call('GET', `/Users/${users[1]}`)).json();
    expect(user.groups).toEqual([
      expect.objectContaining({ value: groupId, display: 'Finance Team' }),
    ]);
  });

  it('finds groups by member', async () => {
    const body = (
      await call('GET', `/Groups?filter=${q(`members[value eq "${users[2]}"]`)}`)
    ).json();
    expect(body.Resources.map((g: { id: string }) => g.id)).toEqual([groupId]);
  });

  it('renames with an Okta-style replace and refuses an unknown member naming the operation', async () => {
    const rename = await call('PATCH', `/Groups/${groupId}`, {
      schemas: [URN.patchOp],
      Operations: [{ op: 'replace', value: { id: groupId, displayName: 'Finance' } }],
    });
    expect(rename.statusCode).toBe(204);
    const bad = await call('PATCH', `/Groups/${groupId}`, {
      schemas: [URN.patchOp],
      Operations: [
        { op: 'add', path: 'members', value: [{ value: users[0] }] },
        { op: 'add', path: 'members', value: [{ value: 'ghost' }] },
      ],
    });
    expect(expectScimError(bad, 400, 'invalidValue').detail).toContain(
      'Operations[1].value: no user "ghost"',
    );
  });

  it('replaces with PUT and deletes', async () => {
    const put = await call('PUT', `/Groups/${groupId}`, {
      schemas: [URN.group],
      displayName: 'Finance EMEA',
      members: [{ value: users[0] }],
    });
    expect(put.json()).toMatchObject({
      displayName: 'Finance EMEA',
      members: [{ value: users[0] }],
    });
    expect((await call('DELETE', `/Groups/${groupId}`)).statusCode).toBe(204);
    expectScimError(await call('GET', `/Groups/${groupId}`), 404);
  });
});

describe('discovery and the edges', () => {
  it('serves ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    const config = (await call('GET', '/ServiceProviderConfig')).json();
    expect(config).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
    const types = (await call('GET', '/ResourceTypes')).json();
    expect(types.Resources.map((t: { id: string }) => t.id)).toEqual(['User', 'Group']);
    const all = (await call('GET', '/Schemas')).json();
    expect(all.Resources.map((x: { id: string }) => x.id)).toEqual([
      URN.user,
      URN.enterprise,
      URN.group,
    ]);
    const one = await call('GET', `/Schemas/${URN.enterprise}`);
    expect(one.json().attributes.map((a: { name: string }) => a.name)).toEqual([
      'department',
      'manager',
    ]);
  });

  it('accepts application/json too and refuses malformed JSON with invalidSyntax', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: { ...bearer(scim), 'content-type': 'application/json' },
      payload: JSON.stringify({ schemas: [URN.user], userName: 'json.client@acme.test' }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toContain('application/scim+json');
    const broken = await s.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: { ...bearer(scim), 'content-type': 'application/scim+json' },
      payload: '{"schemas": [',
    });
    expectScimError(broken, 400, 'invalidSyntax');
    const charset = await s.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: { ...bearer(scim), 'content-type': 'application/scim+json; charset=utf-8' },
      payload: JSON.stringify({ schemas: [URN.user], userName: 'charset.client@acme.test' }),
    });
    expect(charset.statusCode).toBe(201);
    const text = await s.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: { ...bearer(scim), 'content-type': 'text/plain' },
      payload: 'userName=x',
    });
    expectScimError(text, 415);
  });

  it('answers unknown SCIM paths with a SCIM 404', async () => {
    expectScimError(await call('GET', '/Widgets'), 404);
  });

  it('refuses tokens of other roles with 403 and never shows another tenant', async () => {
    const { token: admin, tenant: other } = await tenantWithAdmin(s);
    expectScimError(
      await call('GET', '/Users', undefined, await tokenFor(s, other, 'analyst')),
      403,
    );
    const own = (await call('GET', '/Users?count=1')).json().Resources[0].id as string;
    expectScimError(
      await call('GET', `/Users/${own}`, undefined, await tokenFor(s, other, 'scim')),
      404,
    );
    expect(admin).toEqual(expect.any(String));
  });

  it('reports every problem of a bad user at once', async () => {
    const body = expectScimError(
      await call('POST', '/Users', { schemas: [URN.user], userName: 'jdoe', active: 'maybe' }),
      400,
      'invalidValue',
    );
    expect(body.detail).toContain('emails:');
    expect(body.detail).toContain('active:');
  });
});
