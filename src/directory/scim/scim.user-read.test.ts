import { describe, expect, it } from 'vitest';
import type { Identity } from '../identity.js';
import { readUser, resolveName } from './scim.user-read.js';
import { presentUser } from './scim.user-present.js';
import { URN } from './scim.urns.js';

const entraCreate = {
  schemas: [URN.user, URN.enterprise],
  externalId: '0a21f0f2-8d2a-4f8e-bf98-7a2a4f2f9a11',
  userName: 'Test_User_ab6490ee@contoso.test',
  active: true,
  emails: [
    { primary: false, type: 'home', value: 'home@example.test' },
    { primary: true, type: 'work', value: 'Test_User_fd0ea19b@contoso.test' },
  ],
  name: { familyName: 'Lee', givenName: 'Ann', formatted: 'Ann Lee' },
  roles: [],
  addresses: [{ type: 'work', locality: 'Berlin', country: 'DE' }],
  [URN.enterprise]: { department: 'Sales', employeeNumber: '42', manager: { value: 'm-1' } },
};

describe('readUser', () => {
  it('reads what Entra sends on create', () => {
    const fields = readUser(entraCreate);
    expect(fields).toMatchObject({
      userName: 'Test_User_ab6490ee@contoso.test',
      email: 'Test_User_fd0ea19b@contoso.test',
      externalId: entraCreate.externalId,
      displayName: 'Ann Lee',
      givenName: 'Ann',
      familyName: 'Lee',
      active: true,
      location: 'Berlin',
      department: 'Sales',
      managerRef: 'm-1',
    });
    expect(fields.ignored).toEqual(['roles']);
  });

  it('uses the userName as the email when no email is given, and active defaults to true', () => {
    const fields = readUser({ schemas: [URN.user], userName: 'okta.user@acme.test' });
    expect(fields).toMatchObject({ email: 'okta.user@acme.test', active: true });
  });

  it('reads a manager given as a bare id and a string boolean', () => {
    const fields = readUser({
      schemas: [URN.user],
      userName: 'a@acme.test',
      active: 'False',
      [URN.enterprise]: { manager: 'm-2' },
    });
    expect(fields).toMatchObject({ managerRef: 'm-2', active: false });
  });

  it('names every problem with its path', () => {
    expect(() =>
      readUser({
        schemas: [URN.user],
        userName: 42,
        emails: [{ value: 'not-an-email', type: 'work' }],
        active: 'perhaps',
        timezone: 'Mars/Base',
      }),
    ).toThrow(
      /userName: must be a string; userName: is required; emails\[0\]\.value: "not-an-email" is not an email address; active: must be true or false; timezone/,
    );
  });

  it('needs an email somewhere', () => {
    expect(() => readUser({ schemas: [URN.user], userName: 'jdoe' })).toThrow(
      expect.objectContaining({
        scimType: 'invalidValue',
        message: expect.stringMatching(/^emails/),
      }),
    );
  });

  it('refuses a body without the User schema', () => {
    expect(() => readUser({ userName: 'a@b.test' })).toThrow(
      expect.objectContaining({ scimType: 'invalidSyntax' }),
    );
  });
});

describe('resolveName', () => {
  const prev = { name: 'Ann Lee', givenName: 'Ann', familyName: 'Lee' };

  it('lets a joined name follow its parts', () => {
    expect(
      resolveName({ displayName: 'Ann Lee', givenName: 'Anne', familyName: 'Lee' }, prev),
    ).toBe('Anne Lee');
  });

  it('keeps a name that was given whole', () => {
    const whole = { ...prev, name: 'Dr Ann Lee' };
    expect(
      resolveName({ displayName: 'Dr Ann Lee', givenName: 'Anne', familyName: 'Lee' }, whole),
    ).toBe('Dr Ann Lee');
    expect(resolveName({ displayName: 'A. Lee', givenName: 'Ann', familyName: 'Lee' }, prev)).toBe(
      'A. Lee',
    );
  });
});

describe('presentUser', () => {
  const identity: Identity = {
    tenantId: 't',
    id: 'u-1',
    kind: 'person',
    email: 'ann@acme.test',
    userName: null,
    externalId: null,
    name: 'Ann Lee',
    givenName: 'Ann',
    familyName: 'Lee',
    department: 'Sales',
    title: null,
    location: null,
    timezone: null,
    managerId: 'm-1',
    ownerId: null,
    employmentType: null,
    startDate: null,
    businessUnitId: null,
    privileged: true,
    financialAuthority: false,
    scopes: [],
    active: false,
    leftAt: 5,
    source: 'csv',
    createdAt: 0,
    updatedAt: 1000,
  };

  it('shows the email as userName when there is none, and omits what is unassigned', () => {
    const user = presentUser(identity, [{ id: 'g-1', name: 'Sales' }], 'https://h/scim/v2');
    expect(user).toMatchObject({
      userName: 'ann@acme.test',
      active: false,
      emails: [{ value: 'ann@acme.test', type: 'work', primary: true }],
      groups: [{ value: 'g-1', display: 'Sales', $ref: 'https://h/scim/v2/Groups/g-1' }],
      [URN.enterprise]: { department: 'Sales', manager: { value: 'm-1' } },
      meta: { resourceType: 'User', lastModified: '1970-01-01T00:00:01.000Z' },
    });
    expect(Object.keys(user)).not.toContain('title');
    expect(Object.keys(user)).not.toContain('privileged');
  });

  it('reads back to the same fields', () => {
    const fields = readUser(presentUser(identity, [], 'https://h/scim/v2'));
    expect(fields).toMatchObject({ email: 'ann@acme.test', department: 'Sales', active: false });
    expect(fields.ignored).toEqual([]);
  });
});
