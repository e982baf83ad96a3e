import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import { uniqueEmail } from '../../test/support/factories.js';
import { main } from '../cli/main.js';
import { recordAudit } from './audit.service.js';

let s: TestServer;
beforeAll(async () => (s = await startTestServer()));
afterAll(() => s.close());

const get = (url: string, token: string) =>
  s.app.inject({ method: 'GET', url, headers: bearer(token) });

describe('GET /api/v1/audit', () => {
  it('pages newest first with a cursor and filters by action', async () => {
    const { tenant } = await tenantWithAdmin(s);
    const auditor = await tokenFor(s, tenant, 'auditor');
    for (let i = 0; i < 5; i++)
      await recordAudit(s.t.db, tenant.id, {
        action: 'auth.login',
        actor: `user:${i}`,
        ip: '10.0.0.1',
      });
    await recordAudit(s.t.db, tenant.id, { action: 'auth.logout', actor: 'user:9' });
    const first = await get('/api/v1/audit?limit=2&action=auth.login', auditor);
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ items: { seq: number; actor: string }[]; next: string }>();
    expect(page1.items.map((i) => i.actor)).toEqual(['user:4', 'user:3']);
    const second = await get(
      `/api/v1/audit?limit=2&action=auth.login&cursor=${page1.next}`,
      auditor,
    );
    expect(second.json<{ items: { actor: string }[] }>().items.map((i) => i.actor)).toEqual([
      'user:2',
      'user:1',
    ]);
    const verify = await get('/api/v1/audit/verify', auditor);
    expect(verify.json()).toMatchObject({ ok: true, rows: 6, broken: null, head: { seq: 6 } });
  });

  it('exports the whole chain as CSV and JSON that match the stored rows', async () => {
    const { tenant } = await tenantWithAdmin(s);
    const auditor = await tokenFor(s, tenant, 'auditor');
    await recordAudit(s.t.db, tenant.id, {
      action: 'token.created',
      actor: 'user:a',
      details: { name: 'x, "y"' },
    });
    const json = await get('/api/v1/audit/export?format=json', auditor);
    expect(json.headers['content-type']).toContain('application/json');
    const rows = JSON.parse(json.body) as { seq: number; hash: string; details: string }[];
    const stored = await s.t.db.all<{ hash: string }>(
      'SELECT hash FROM audit_log WHERE tenant_id = ? ORDER BY seq',
      [tenant.id],
    );
    expect(rows.map((r) => r.hash)).toEqual(stored.map((r) => r.hash));
    const csv = await get('/api/v1/audit/export?format=csv', auditor);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('tenant,seq,at,actor,ip,action,target,details,prev_hash,hash');
    expect(lines).toHaveLength(stored.length + 1);
    expect(csv.body).toContain('"{""name"":""x, \\""y\\""""}"');
  });
});

describe('audit of changes made elsewhere', () => {
  it('records SCIM changes with the token that made them', async () => {
    const { tenant } = await tenantWithAdmin(s);
    const scim = await tokenFor(s, tenant, 'scim');
    const created = await s.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: { ...bearer(scim), 'content-type': 'application/scim+json' },
      payload: JSON.stringify({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: uniqueEmail('scim'),
      }),
    });
    expect(created.statusCode).toBe(201);
    const rows = await s.t.db.all<{ action: string; actor: string; target: string }>(
      "SELECT action, actor, target FROM audit_log WHERE tenant_id = ? AND action = 'scim.changed'",
      [tenant.id],
    );
    expect(rows).toEqual([
      {
        action: 'scim.changed',
        actor: expect.stringMatching(/^token:/),
        target: `identity:${created.json<{ id: string }>().id}`,
      },
    ]);
  });

  it('records a directory import from the CLI with the actor cli', async () => {
    const { tenant } = await tenantWithAdmin(s);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-audit-'));
    const file = path.join(dir, 'people.csv');
    fs.writeFileSync(file, `email,name\n${uniqueEmail('a')},A\nnot-an-email,B\n`);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main([
      'node',
      'bulwark',
      '--db',
      s.t.url,
      '--tenant',
      tenant.slug,
      'directory',
      'import',
      file,
    ]);
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const row = await s.t.db.get<{ actor: string; details: string }>(
      "SELECT actor, details FROM audit_log WHERE tenant_id = ? AND action = 'import.directory'",
      [tenant.id],
    );
    expect(row?.actor).toBe('cli');
    expect(JSON.parse(row?.details ?? '{}')).toMatchObject({ created: 1, rejected: 1 });
  });
});
