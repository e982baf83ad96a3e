import { describe, expect, it } from 'vitest';
import type { JsonObject } from './scim.attrs.js';
import { badRequest } from './scim.errors.js';
import { applyPatch, patchAndRead, readPatchRequest } from './scim.patch.js';
import { URN } from './scim.urns.js';

const E = URN.enterprise;

function patch(doc: JsonObject, ...operations: unknown[]): JsonObject {
  const ops = readPatchRequest({ schemas: [URN.patchOp], Operations: operations });
  return applyPatch(doc, ops, [E]);
}

const user = (): JsonObject => ({
  schemas: [URN.user, E],
  userName: 'ann@acme.test',
  active: true,
  name: { givenName: 'Ann', familyName: 'Lee' },
  emails: [{ value: 'ann@acme.test', type: 'work', primary: true }],
  [E]: { department: 'Sales' },
});

describe('Okta-style PATCH', () => {
  it('replaces attributes named by the keys of a value without a path', () => {
    const out = patch(user(), { op: 'replace', value: { active: false } });
    expect(out.active).toBe(false);
    expect(out.userName).toBe('ann@acme.test');
  });

  it('merges complex values and reaches extension objects without a path', () => {
    const out = patch(user(), {
      op: 'replace',
      value: { name: { givenName: 'Anne' }, [E]: { department: 'Finance' } },
    });
    expect(out.name).toEqual({ givenName: 'Anne', familyName: 'Lee' });
    expect(out[E]).toEqual({ department: 'Finance' });
  });

  it('reads dotted and URN-qualified keys as paths', () => {
    const out = patch(user(), {
      op: 'replace',
      value: { 'name.familyName': 'Li', [`${E}:department`]: 'Ops' },
    });
    expect(out.name).toMatchObject({ familyName: 'Li' });
    expect(out[E]).toEqual({ department: 'Ops' });
  });
});

describe('Entra-style PATCH', () => {
  it('reads capitalised ops with paths, including string booleans as sent', () => {
    const out = patch(
      user(),
      { op: 'Replace', path: 'active', value: 'False' },
      { op: 'Replace', path: 'name.givenName', value: 'Annie' },
    );
    expect(out.active).toBe('False');
    expect(out.name).toMatchObject({ givenName: 'Annie' });
  });

  it('replaces the work email through a value filter', () => {
    const out = patch(user(), {
      op: 'Replace',
      path: 'emails[type eq "work"].value',
      value: 'ann.lee@acme.test',
    });
    expect(out.emails).toEqual([{ value: 'ann.lee@acme.test', type: 'work', primary: true }]);
  });

  it('adds the work email the filter describes when there is none', () => {
    const out = patch(
      { userName: 'x' },
      { op: 'Add', path: 'emails[type eq "work"].value', value: 'x@acme.test' },
    );
    expect(out.emails).toEqual([{ type: 'work', value: 'x@acme.test' }]);
  });

  it('sets and removes enterprise attributes by URN path, manager as a bare id', () => {
    const set = patch(
      user(),
      { op: 'Add', path: `${E}:manager`, value: 'm-1' },
      { op: 'Replace', path: `${E}:department`, value: 'Legal' },
    );
    expect(set[E]).toEqual({ department: 'Legal', manager: 'm-1' });
    const removed = patch(set, { op: 'Remove', path: `${E}:manager` });
    expect(removed[E]).toEqual({ department: 'Legal' });
  });

  it('adds and removes group members the ways Entra and Okta send them', () => {
    const group = { displayName: 'G', members: [{ value: 'a' }] };
    const added = patch(group, {
      op: 'Add',
      path: 'members',
      value: [{ $ref: null, value: 'b' }, { value: 'A' }],
    });
    expect(added.members).toEqual([{ value: 'a' }, { $ref: null, value: 'b' }]);
    const byFilter = patch(added, { op: 'Remove', path: 'members[value eq "a"]' });
    expect(byFilter.members).toEqual([{ $ref: null, value: 'b' }]);
    const byValue = patch(added, { op: 'remove', path: 'members', value: [{ value: 'b' }] });
    expect(byValue.members).toEqual([{ value: 'a' }]);
    const all = patch(added, { op: 'remove', path: 'members' });
    expect(all.members).toBeUndefined();
  });
});

describe('PATCH semantics', () => {
  it('keeps one primary value when a new primary one is added', () => {
    const out = patch(user(), {
      op: 'add',
      path: 'emails',
      value: [{ value: 'new@acme.test', type: 'work', primary: true }],
    });
    expect(out.emails).toEqual([
      { value: 'ann@acme.test', type: 'work', primary: false },
      { value: 'new@acme.test', type: 'work', primary: true },
    ]);
  });

  it('never changes the resource it was given', () => {
    const doc = user();
    patch(doc, { op: 'replace', path: 'userName', value: 'other' });
    expect(doc.userName).toBe('ann@acme.test');
  });

  it('matches attribute names without regard to case and keeps their spelling', () => {
    const out = patch(user(), { op: 'replace', path: 'USERNAME', value: 'b@acme.test' });
    expect(out.userName).toBe('b@acme.test');
    expect(Object.keys(out)).not.toContain('USERNAME');
  });

  it('replaces a whole matched value, and refuses a filter that describes nothing to add', () => {
    const out = patch(user(), {
      op: 'replace',
      path: 'emails[type eq "work"]',
      value: { value: 'n@acme.test', type: 'work' },
    });
    expect(out.emails).toEqual([{ value: 'n@acme.test', type: 'work' }]);
    expect(() =>
      patch(user(), { op: 'replace', path: 'emails[value co "zzz"].value', value: 'q@acme.test' }),
    ).toThrow(expect.objectContaining({ scimType: 'noTarget' }));
  });
});

describe('readPatchRequest', () => {
  const bad = (body: unknown, scimType: string, where: RegExp) => {
    expect(() => readPatchRequest(body)).toThrow(expect.objectContaining({ scimType }));
    expect(() => readPatchRequest(body)).toThrow(where);
  };
  const ops = (...operations: unknown[]) => ({ schemas: [URN.patchOp], Operations: operations });

  it('names the schema and the operation index in every refusal', () => {
    bad({ Operations: [] }, 'invalidSyntax', /schemas/);
    bad(ops(), 'invalidSyntax', /Operations/);
    bad(
      ops({ op: 'replace', value: {} }, { op: 'move', path: 'a' }),
      'invalidSyntax',
      /Operations\[1\]\.op/,
    );
    bad(
      ops({ op: 'add', path: 'emails[type eq', value: 1 }),
      'invalidPath',
      /Operations\[0\]\.path/,
    );
    bad(ops({ op: 'remove' }), 'noTarget', /Operations\[0\]/);
    bad(ops({ op: 'replace', path: 'title' }), 'invalidSyntax', /needs a value/);
    bad(ops({ op: 'replace', value: 'x' }), 'invalidValue', /Operations\[0\]\.value/);
  });
});

describe('patchAndRead', () => {
  const read = (doc: JsonObject) => {
    if (typeof doc.userName !== 'string') throw badRequest('invalidValue', 'userName: is required');
    return doc.userName;
  };
  const ops = (...operations: unknown[]) =>
    readPatchRequest({ schemas: [URN.patchOp], Operations: operations });

  it('names the operation that made the resource invalid', () => {
    const operations = ops(
      { op: 'replace', path: 'title', value: 'x' },
      { op: 'remove', path: 'userName' },
      { op: 'replace', path: 'active', value: false },
    );
    expect(() => patchAndRead(user(), operations, [E], read)).toThrow(
      'Operations[1]: userName: is required',
    );
  });

  it('returns what was read when the result is valid', () => {
    const operations = ops({ op: 'replace', path: 'userName', value: 'z@acme.test' });
    expect(patchAndRead(user(), operations, [E], read)).toBe('z@acme.test');
  });
});
