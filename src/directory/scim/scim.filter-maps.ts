import type { AttrMap, ColumnMapping } from './scim.filter-sql.js';
import { URN } from './scim.urns.js';

const text = (sql: string, extra: Partial<ColumnMapping> = {}): ColumnMapping => ({
  kind: 'column',
  sql,
  type: 'string',
  ...extra,
});
const time = (sql: string): ColumnMapping => ({ kind: 'column', sql, type: 'datetime' });
const ent = URN.enterprise.toLowerCase();

/**
 * What a Users filter may name, over `identities i`. An identity without a userName is known
 * by its email, exactly as it is presented. The directory keeps one email, presented as the
 * primary work address, so `emails[type eq "work"]` matches it and `emails[type eq "home"]` not.
 */
export const userFilterMap: AttrMap = {
  id: text('i.id', { caseExact: true }),
  externalid: text('i.external_id', { caseExact: true }),
  username: text('COALESCE(i.user_name_lc, i.email_lc)', {
    lowered: true,
    equals: '(i.user_name_lc = ? OR (i.user_name_lc IS NULL AND i.email_lc = ?))',
  }),
  displayname: text('i.name'),
  'name.formatted': text('i.name'),
  'name.givenname': text('i.given_name'),
  'name.familyname': text('i.family_name'),
  title: text('i.title'),
  usertype: text('i.employment_type'),
  timezone: text('i.timezone'),
  active: { kind: 'column', sql: 'i.active', type: 'boolean' },
  emails: {
    kind: 'fixed',
    element: { type: 'work', primary: true },
    subs: { value: text('i.email_lc', { lowered: true }) },
  },
  'meta.created': time('i.created_at'),
  'meta.lastmodified': time('i.updated_at'),
  [`${ent}:department`]: text('i.department'),
  [`${ent}:manager.value`]: text('i.manager_id', { caseExact: true }),
  [`${ent}:manager`]: text('i.manager_id', { caseExact: true }),
};

/** What a Groups filter may name, over `groups g`. Members are matched in `group_members`. */
export const groupFilterMap: AttrMap = {
  id: text('g.id', { caseExact: true }),
  externalid: text('g.external_id', { caseExact: true }),
  displayname: text('g.name_lc', { lowered: true }),
  members: {
    kind: 'join',
    exists: (condition) =>
      `EXISTS (SELECT 1 FROM group_members m WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id AND ${condition})`,
    subs: { value: text('m.identity_id', { caseExact: true }) },
  },
  'meta.created': time('g.created_at'),
  'meta.lastmodified': time('g.updated_at'),
};
