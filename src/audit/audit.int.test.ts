import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase, testDialect } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { main } from '../cli/main.js';
import type { Tenant } from '../tenancy/tenant.js';
import type { AuditAction } from './audit.js';
import { recordAudit, verifyChain } from './audit.service.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
// pg-pool's end() resolves before its clients' sockets have closed; the race test below leaves ten
// of them closing, and dropping the database under them raises errors. Let them close first.
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await t.drop();
});
afterEach(() => vi.restoreAllMocks());

async function tenantWithLog(rows = 5): Promise<Tenant> {
  const tenant = await makeTenant(t.db);
  const actions: AuditAction[] = ['auth.login', 'token.created', 'membership.added'];
  for (let i = 0; i < rows; i++)
    await recordAudit(t.db, tenant.id, {
      action: actions[i % actions.length] ?? 'auth.login',
      actor: `user:u${i}`,
      ip: '127.0.0.1',
      target: `token:t${i}`,
      details: { i, note: 'ünïcode, "quotes"' },
    });
  return tenant;
}

/** What someone with the database's owner rights can do: switch the append-only guard off. */
async function tamper(sql: string, params: (string | number)[]): Promise<void> {
  if (testDialect === 'sqlite') {
    await t.db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    await t.db.exec('DROP TRIGGER IF EXISTS audit_log_no_delete');
  } else await t.db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
  await t.db.run(sql, params);
}

/** Runs `bulwark … audit verify` and returns its exit code and output. */
async function cliVerify(tenant?: Tenant): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const args = ['node', 'bulwark', '--db', t.url, ...(tenant ? ['--tenant', tenant.slug] : [])];
  const code = await main([...args, 'audit', 'verify']);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('audit log', () => {
  it('chains rows per tenant and verifies', async () => {
    const a = await tenantWithLog(4);
    const b = await tenantWithLog(2);
    const reportA = await verifyChain(t.db, a.id);
    expect(reportA).toMatchObject({ rows: 4, broken: undefined, head: { seq: 4 } });
    expect((await verifyChain(t.db, b.id)).rows).toBe(2);
    const cli = await cliVerify(a);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain(`tenant ${a.slug}: ok, 4 rows, head 4 ${reportA.head?.hash}`);
  });

  it('refuses UPDATE and DELETE through the database itself', async () => {
    const tenant = await tenantWithLog(2);
    await expect(
      t.db.run("UPDATE audit_log SET actor = 'x' WHERE tenant_id = ?", [tenant.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.run('DELETE FROM audit_log WHERE tenant_id = ?', [tenant.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('keeps one gapless chain when many appends race', async () => {
    const tenant = await makeTenant(t.db);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        recordAudit(t.db, tenant.id, { action: 'auth.login', actor: `user:${i}` }),
      ),
    );
    expect(await verifyChain(t.db, tenant.id)).toMatchObject({ rows: 30, broken: undefined });
  });
});

describe('bulwark audit verify', () => {
  it('detects an edited row and exits non-zero', async () => {
    const tenant = await tenantWithLog(5);
    await tamper(
      "UPDATE audit_log SET actor = 'user:someone-else' WHERE tenant_id = ? AND seq = 3",
      [tenant.id],
    );
    const report = await verifyChain(t.db, tenant.id);
    expect(report.broken).toMatchObject({ seq: 3, kind: 'edited' });
    const cli = await cliVerify(tenant);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`tenant ${tenant.slug}: BROKEN at row 3 (edited)`);
    expect(cli.err).toContain('the audit log was altered');
  });

  it('detects an edit that recomputes the row hash, at the next row', async () => {
    const tenant = await tenantWithLog(5);
    await tamper("UPDATE audit_log SET details = '{}', hash = ? WHERE tenant_id = ? AND seq = 2", [
      'f'.repeat(64),
      tenant.id,
    ]);
    expect((await verifyChain(t.db, tenant.id)).broken?.seq).toBe(2);
  });

  it('detects a deleted row in the middle and exits non-zero', async () => {
    const tenant = await tenantWithLog(5);
    await tamper('DELETE FROM audit_log WHERE tenant_id = ? AND seq = 2', [tenant.id]);
    expect((await verifyChain(t.db, tenant.id)).broken).toMatchObject({ seq: 3, kind: 'deleted' });
    const cli = await cliVerify(tenant);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain('BROKEN at row 3 (deleted): row 2 is missing before row 3');
  });

  it('detects deleted rows at the end through the chain head', async () => {
    const tenant = await tenantWithLog(5);
    await tamper('DELETE FROM audit_log WHERE tenant_id = ? AND seq >= 4', [tenant.id]);
    expect((await verifyChain(t.db, tenant.id)).broken).toMatchObject({
      seq: 4,
      kind: 'truncated',
      message: 'rows 4–5 are missing at the end: deleted',
    });
  });

  it('detects reordered rows', async () => {
    const tenant = await tenantWithLog(5);
    await tamper('UPDATE audit_log SET seq = seq + 100 WHERE tenant_id = ? AND seq IN (2, 3)', [
      tenant.id,
    ]);
    await tamper('UPDATE audit_log SET seq = 5 - (seq - 100) WHERE tenant_id = ? AND seq > 100', [
      tenant.id,
    ]);
    expect((await verifyChain(t.db, tenant.id)).broken).toMatchObject({ seq: 2 });
  });

  it('without --tenant checks every chain and names the broken one', async () => {
    await tenantWithLog(2);
    const broken = await tenantWithLog(3);
    await tamper("UPDATE audit_log SET action = 'auth.logout' WHERE tenant_id = ? AND seq = 1", [
      broken.id,
    ]);
    const cli = await cliVerify();
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`tenant ${broken.slug}: BROKEN at row 1 (edited)`);
    expect(cli.out).toMatch(/: ok, \d+ rows/);
  });
});
