import { describe, expect, it } from 'vitest';
import { parseFilter } from './scim.filter.js';
import { groupFilterMap, userFilterMap } from './scim.filter-maps.js';
import { filterToSql } from './scim.filter-sql.js';

const users = (text: string) => filterToSql(parseFilter(text), userFilterMap);

describe('filterToSql', () => {
  it('matches userName without regard to case, falling back to the email', () => {
    expect(users('userName eq "Test.User@Okta.Local"')).toEqual({
      sql: '(i.user_name_lc = ? OR (i.user_name_lc IS NULL AND i.email_lc = ?))',
      params: ['test.user@okta.local', 'test.user@okta.local'],
    });
    expect(users('userName sw "Test"')).toEqual({
      sql: "COALESCE(i.user_name_lc, i.email_lc) LIKE ? ESCAPE '\\'",
      params: ['test%'],
    });
  });

  it('matches externalId exactly', () => {
    expect(users('externalId eq "AbC"')).toEqual({ sql: 'i.external_id = ?', params: ['AbC'] });
  });

  it('matches the work email and never a home one', () => {
    expect(users('emails[type eq "work"].value eq "A@B.test"')).toEqual({
      sql: 'i.email_lc = ?',
      params: ['a@b.test'],
    });
    expect(users('emails[type eq "home"].value eq "a@b.test"').sql).toBe('1 = 0');
    expect(users('emails.primary eq true').sql).toBe('1 = 1');
  });

  it('joins with and, or and not', () => {
    const c = users('userName eq "a" and (active eq true or not (title co "x%"))');
    expect(c.sql).toBe(
      "((i.user_name_lc = ? OR (i.user_name_lc IS NULL AND i.email_lc = ?)) AND (i.active = ? OR (CASE WHEN LOWER(i.title) LIKE ? ESCAPE '\\' THEN 1 ELSE 0 END) = 0))",
    );
    expect(c.params).toEqual(['a', 'a', 1, '%x\\%%']);
  });

  it('reads enterprise attributes by their URN', () => {
    const c = users(
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "Sales"',
    );
    expect(c).toEqual({ sql: 'LOWER(i.department) = ?', params: ['sales'] });
  });

  it('compares dates as epoch milliseconds', () => {
    expect(users('meta.lastModified gt "2026-01-01T00:00:00Z"')).toEqual({
      sql: 'i.updated_at > ?',
      params: [Date.parse('2026-01-01T00:00:00Z')],
    });
  });

  it('finds groups by displayName and by member', () => {
    const groups = (text: string) => filterToSql(parseFilter(text), groupFilterMap);
    expect(groups('displayName eq "Sales"')).toEqual({ sql: 'g.name_lc = ?', params: ['sales'] });
    const m = groups('members[value eq "u1"]');
    expect(m.sql).toContain('EXISTS (SELECT 1 FROM group_members m');
    expect(m.sql).toContain('m.identity_id = ?');
    expect(m.params).toEqual(['u1']);
  });

  it.each([
    'password eq "x"',
    'name.middleName eq "x"',
    'active co "t"',
    'active eq "maybe"',
    'meta.created eq "yesterday"',
    'userName eq true',
    'userName gt null',
  ])('refuses %j with invalidFilter', (text) => {
    expect(() => users(text)).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
  });
});
