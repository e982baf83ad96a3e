import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant, uniqueEmail } from '../../test/support/factories.js';
import { main } from '../cli/main.js';
import { loginWithPassword } from './login.service.js';
import { findMembership } from './membership.repository.js';
import { findUserByEmail } from './user.repository.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

async function run(
  args: string[],
  stdin?: string,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  const original = process.stdin;
  if (stdin !== undefined)
    Object.defineProperty(process, 'stdin', { value: Readable.from([stdin]), configurable: true });
  try {
    return { code: await main(['node', 'bulwark', '--db', t.url, ...args]), out, err };
  } finally {
    Object.defineProperty(process, 'stdin', { value: original, configurable: true });
    vi.restoreAllMocks();
  }
}

describe('bulwark user', () => {
  it('creates a user with a password from standard input who can then sign in', async () => {
    const tenant = await makeTenant(t.db);
    const email = uniqueEmail('owner');
    const args = ['--tenant', tenant.slug, 'user', 'create', '--email', email, '--role', 'owner'];
    const res = await run([...args, '--password-stdin'], 'a long enough password\n');
    expect(res.code).toBe(0);
    expect(res.out).toContain(`as owner of tenant ${tenant.slug}`);
    const policy = { idleMs: 60_000, maxMs: 3_600_000 };
    const signedIn = await loginWithPassword(
      t.db,
      undefined,
      { email, password: 'a long enough password' },
      { ip: '127.0.0.1', userAgent: null },
      policy,
    );
    expect(signedIn.session.tenantId).toBe(tenant.id);
    const audit = await t.db.all<{ action: string; actor: string }>(
      'SELECT action, actor FROM audit_log WHERE tenant_id = ? ORDER BY seq',
      [tenant.id],
    );
    expect(audit).toEqual([
      { action: 'membership.added', actor: 'cli' },
      { action: 'auth.login', actor: `user:${signedIn.user.id}` },
    ]);
  });

  it('refuses a short password and names the field', async () => {
    const tenant = await makeTenant(t.db);
    const args = [
      '--tenant',
      tenant.slug,
      'user',
      'create',
      '--email',
      uniqueEmail(),
      '--role',
      'admin',
    ];
    const res = await run([...args, '--password-stdin'], 'short\n');
    expect(res.code).toBe(1);
    expect(res.err).toContain('password: must be at least 12 characters');
  });

  it('adds an existing user to another tenant with a scoped role', async () => {
    const one = await makeTenant(t.db);
    const two = await makeTenant(t.db);
    const email = uniqueEmail('analyst');
    expect(
      (await run(['--tenant', one.slug, 'user', 'create', '--email', email, '--role', 'analyst']))
        .code,
    ).toBe(0);
    const res = await run([
      '--tenant',
      two.slug,
      'user',
      'add-to-tenant',
      '--email',
      email,
      '--role',
      'auditor',
      '--department',
      'Finance',
    ]);
    expect(res.code).toBe(0);
    const user = await findUserByEmail(t.db, email);
    expect(await findMembership(t.db, two.id, user?.id ?? '')).toMatchObject({
      role: 'auditor',
      scope: { departments: ['Finance'] },
    });
    const missing = await run([
      '--tenant',
      two.slug,
      'user',
      'add-to-tenant',
      '--email',
      uniqueEmail(),
      '--role',
      'admin',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('bulwark user create');
  });

  it('requires a directory identity for an employee', async () => {
    const tenant = await makeTenant(t.db);
    const res = await run([
      '--tenant',
      tenant.slug,
      'user',
      'create',
      '--email',
      uniqueEmail(),
      '--role',
      'employee',
    ]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('subject');
    const orphans = await t.db.all(
      'SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM memberships)',
    );
    expect(orphans).toEqual([]);
  });

  it('prints a one-time sign-in link for a member, and refuses others and bad durations', async () => {
    const tenant = await makeTenant(t.db);
    const email = uniqueEmail('analyst');
    await run(['--tenant', tenant.slug, 'user', 'create', '--email', email, '--role', 'analyst']);
    const link = ['--tenant', tenant.slug, 'user', 'sign-in-link'];
    const ok = await run([...link, '--email', email, '--hours', '2']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/\/sign-in\/email#token=[A-Za-z0-9_-]+\n\(works once, for 2 h\)/);
    const stranger = await run([...link, '--email', uniqueEmail('nobody')]);
    expect(stranger.code).not.toBe(0);
    expect(stranger.err).toContain(`is not an active member of tenant ${tenant.slug}`);
    const tooLong = await run([...link, '--email', email, '--hours', '500']);
    expect(tooLong.code).not.toBe(0);
    expect(tooLong.err).toContain('--hours: must be a whole number from 1 to 168');
  });
});
