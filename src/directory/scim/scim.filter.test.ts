import { describe, expect, it } from 'vitest';
import { ScimError } from './scim.errors.js';
import { parseFilter, parsePath } from './scim.filter.js';
import { matchesFilter } from './scim.filter-match.js';

function scimTypeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof ScimError) return error.scimType;
    throw error;
  }
  return undefined;
}

describe('parseFilter', () => {
  it('reads the existence check Okta sends, with any case of operator', () => {
    expect(parseFilter('userName EQ "test.user@okta.local"')).toEqual({
      kind: 'compare',
      path: { attr: 'userName' },
      op: 'eq',
      value: 'test.user@okta.local',
    });
  });

  it('reads the email value path Entra sends', () => {
    expect(parseFilter('emails[type eq "work"].value eq "a@b.test"')).toEqual({
      kind: 'compare',
      path: {
        attr: 'emails',
        sub: 'value',
        filter: { kind: 'compare', path: { attr: 'type' }, op: 'eq', value: 'work' },
      },
      op: 'eq',
      value: 'a@b.test',
    });
  });

  it('binds and tighter than or, and not tighter than and', () => {
    const f = parseFilter('a eq 1 or not (b eq 2) and c pr');
    expect(f).toMatchObject({
      kind: 'or',
      left: { kind: 'compare', value: 1 },
      right: { kind: 'and', left: { kind: 'not' }, right: { kind: 'present' } },
    });
  });

  it('reads schema-qualified attributes whose URN contains dots', () => {
    const f = parseFilter(
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "m1"',
    );
    expect(f).toMatchObject({
      path: {
        schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
        attr: 'manager',
        sub: 'value',
      },
    });
  });

  it('reads true, false, null and numbers, and escaped quotes in strings', () => {
    expect(parseFilter('active eq true')).toMatchObject({ value: true });
    expect(parseFilter('active eq False')).toMatchObject({ value: false });
    expect(parseFilter('title eq null')).toMatchObject({ value: null });
    expect(parseFilter('n gt -1.5')).toMatchObject({ value: -1.5 });
    expect(parseFilter('title eq "say \\"hi\\""')).toMatchObject({ value: 'say "hi"' });
  });

  it('reads a bare value path as "some value matches"', () => {
    expect(parseFilter('emails[type eq "work"] and active eq true')).toMatchObject({
      kind: 'and',
      left: { kind: 'has', path: { attr: 'emails' } },
    });
  });

  it.each([
    ['', 'empty'],
    ['userName', 'no operator'],
    ['userName eq', 'no value'],
    ['userName equals "x"', 'unknown operator'],
    ['userName eq bob', 'unquoted string'],
    ['(userName eq "x"', 'unclosed group'],
    ['userName eq "x" extra', 'trailing text'],
    ['userName eq "x', 'unclosed string'],
    ['emails[type eq "work"', 'unclosed bracket'],
    ['emails[a[b eq 1]] pr', 'nested brackets'],
    ['a..b eq 1', 'bad attribute'],
  ])('refuses %j (%s) with invalidFilter', (text) => {
    expect(scimTypeOf(() => parseFilter(text))).toBe('invalidFilter');
  });

  it('refuses deep nesting instead of overflowing the stack', () => {
    const deep = `${'('.repeat(100)}a eq 1${')'.repeat(100)}`;
    expect(scimTypeOf(() => parseFilter(deep))).toBe('invalidFilter');
  });
});

describe('parsePath', () => {
  it('reads PATCH paths with filters and sub-attributes', () => {
    expect(parsePath('members[value eq "abc"]', 'Operations[0].path')).toMatchObject({
      attr: 'members',
      filter: { kind: 'compare', value: 'abc' },
    });
    expect(parsePath('name.givenName', 'p')).toEqual({ attr: 'name', sub: 'givenName' });
  });

  it('refuses a bad path with invalidPath and says where', () => {
    expect(() => parsePath('name.given.name', 'Operations[3].path')).toThrow(/Operations\[3\]/);
    expect(scimTypeOf(() => parsePath('emails[type eq', 'p'))).toBe('invalidPath');
  });
});

describe('matchesFilter', () => {
  const user = {
    userName: 'Alice@Example.test',
    active: true,
    emails: [
      { value: 'alice@home.test', type: 'home' },
      { value: 'alice@example.test', type: 'work', primary: true },
    ],
    name: { givenName: 'Alice' },
  };

  it('compares text without regard to case', () => {
    expect(matchesFilter(parseFilter('username eq "alice@example.test"'), user)).toBe(true);
    expect(matchesFilter(parseFilter('name.givenName sw "AL"'), user)).toBe(true);
  });

  it('applies a value path to the matching values only', () => {
    const f = (text: string) => matchesFilter(parseFilter(text), user);
    expect(f('emails[type eq "work"].value eq "alice@example.test"')).toBe(true);
    expect(f('emails[type eq "home"].value eq "alice@example.test"')).toBe(false);
    expect(f('emails[primary eq true]')).toBe(true);
    expect(f('emails co "home"')).toBe(true);
  });

  it('treats missing attributes as unassigned', () => {
    expect(matchesFilter(parseFilter('title pr'), user)).toBe(false);
    expect(matchesFilter(parseFilter('title eq null'), user)).toBe(true);
    expect(matchesFilter(parseFilter('not (title eq "x")'), user)).toBe(true);
    expect(matchesFilter(parseFilter('title ne "x"'), user)).toBe(true);
  });
});
