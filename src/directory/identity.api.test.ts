import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import type { Tenant } from '../tenancy/tenant.js';
import { readDirectoryCsv } from './directory-csv.reader.js';
import { importDirectory } from './directory-import.service.js';
import { findIdentityByEmail } from './identity.repository.js';

let s: TestServer;
let tenant: Tenant;
let admin: string;

const csv = [
  'email,name,kind,department,title,manager_email,owner_email',
  'ceo@acme.test,Cora CEO,person,Executive,CEO,,',
  'fin.lead@acme.test,Finn Lead,person,Finance,Head of Finance,ceo@acme.test,',
  'fin.one@acme.test,Fay One,person,Finance,Accountant,fin.lead@acme.test,',
  'fin.two@acme.test,Fred Two,person,Finance,Accountant,fin.lead@acme.test,',
  'eng.one@acme.test,Eve Engineer,person,Engineering,Engineer,ceo@acme.test,',
  'bot@acme.test,Build Bot,agent,Engineering,CI agent,,eng.one@acme.test',
].join('\n');

beforeAll(async () => {
  s = await startTestServer();
  ({ tenant, token: admin } = await tenantWithAdmin(s));
  await importDirectory(s.t.db, tenant.id, readDirectoryCsv(Readable.from([Buffer.from(csv)])));
});
afterAll(() => s.close());

async function get(url: string, token = admin) {
  return s.app.inject({ method: 'GET', url, headers: bearer(token) });
}

describe('GET /api/v1/identities', () => {
  it('requires a token and explains how to get one', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/v1/identities' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
      detail: expect.stringContaining('token create'),
    });
  });

  it('refuses an unknown token', async () => {
    const res = await get('/api/v1/identities', 'bwk_notarealtokenatallnotreal1234');
    expect(res.statusCode).toBe(401);
  });

  it('filters by department and kind and sorts', async () => {
    const res = await get('/api/v1/identities?department=Finance&sort=name&order=desc');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { email: string }) => i.email)).toEqual([
      'fin.two@acme.test',
      'fin.lead@acme.test',
      'fin.one@acme.test',
    ]);
    const agents = await get('/api/v1/identities?kind=agent');
    expect(agents.json().items.map((i: { email: string }) => i.email)).toEqual(['bot@acme.test']);
  });

  it('finds people by text in any case', async () => {
    const res = await get('/api/v1/identities?q=ACCOUNTANT');
    expect(res.json().items).toHaveLength(2);
  });

  it('pages with a cursor without repeating or skipping anyone', async () => {
    const seen: string[] = [];
    let url = '/api/v1/identities?limit=2&sort=email';
    for (let page = 0; page < 10; page++) {
      const body = (await get(url)).json();
      seen.push(...body.items.map((i: { email: string }) => i.email));
      if (!body.next) break;
      url = `/api/v1/identities?limit=2&sort=email&cursor=${body.next}`;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(6);
  });

  it('rejects bad query parameters with every problem named', async () => {
    const res = await get('/api/v1/identities?limit=0&sort=shoe');
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.limit', 'querystring.sort']));
  });

  it('refuses a forged cursor', async () => {
    const res = await get('/api/v1/identities?cursor=bm90LWpzb24');
    expect(res.json()).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
  });

  it('never returns internal columns', async () => {
    const body = (await get('/api/v1/identities?limit=1')).json();
    const keys = Object.keys(body.items[0]);
    expect(keys).not.toContain('content_hash');
    expect(keys).not.toContain('search_lc');
    expect(keys).not.toContain('tenantId');
  });
});

describe('GET /api/v1/identities/:id', () => {
  it('returns groups, manager and owner', async () => {
    const bot = await findIdentityByEmail(s.t.db, tenant.id, 'bot@acme.test');
    const res = await get(`/api/v1/identities/${bot?.id}`);
    expect(res.json()).toMatchObject({
      kind: 'agent',
      owner: { email: 'eng.one@acme.test' },
      manager: null,
    });
  });

  it('answers 404 for an identity of another tenant, exactly as for one that does not exist', async () => {
    const other = await tenantWithAdmin(s);
    const ceo = await findIdentityByEmail(s.t.db, tenant.id, 'ceo@acme.test');
    const foreign = await get(`/api/v1/identities/${ceo?.id}`, other.token);
    const missing = await get(
      '/api/v1/identities/00000000-0000-0000-0000-000000000000',
      other.token,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail.replace(ceo?.id ?? '', 'X')).toBe(
      missing.json().detail.replace('00000000-0000-0000-0000-000000000000', 'X'),
    );
  });
});

describe('who sees whom', () => {
  it('shows a manager their reports, direct and indirect, and themselves only', async () => {
    const token = await tokenFor(s, tenant, 'manager', 'fin.lead@acme.test');
    const emails = (await get('/api/v1/identities?sort=email', token))
      .json()
      .items.map((i: { email: string }) => i.email);
    expect(emails).toEqual(['fin.lead@acme.test', 'fin.one@acme.test', 'fin.two@acme.test']);
    const eng = await findIdentityByEmail(s.t.db, tenant.id, 'eng.one@acme.test');
    expect((await get(`/api/v1/identities/${eng?.id}`, token)).statusCode).toBe(404);
  });

  it('shows an employee only themselves', async () => {
    const token = await tokenFor(s, tenant, 'employee', 'fin.one@acme.test');
    const emails = (await get('/api/v1/identities', token))
      .json()
      .items.map((i: { email: string }) => i.email);
    expect(emails).toEqual(['fin.one@acme.test']);
  });

  it('limits an analyst scoped to a department', async () => {
    const token = await tokenFor(s, tenant, 'analyst', undefined, { departments: ['Engineering'] });
    const emails = (await get('/api/v1/identities?sort=email', token))
      .json()
      .items.map((i: { email: string }) => i.email);
    expect(emails).toEqual(['bot@acme.test', 'eng.one@acme.test']);
  });

  it('gives an ingest token no read access', async () => {
    const token = await tokenFor(s, tenant, 'ingest');
    const res = await get('/api/v1/identities', token);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});
