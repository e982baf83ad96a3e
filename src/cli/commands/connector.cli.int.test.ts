import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/support/database.js';
import { createTestDatabase } from '../../../test/support/database.js';
import { makeTenant } from '../../../test/support/factories.js';
import { fakeKnowbe4 } from '../../connectors/vendor-fakes.test-support.js';
import { runCli, type CliRun } from '../../../test/support/cli.js';

let t: TestDatabase;
const env = { ...process.env };
beforeAll(async () => {
  t = await createTestDatabase();
  process.env.BULWARK_SECRET_KEY = randomBytes(32).toString('base64');
  process.env.BULWARK_OUTBOUND_ALLOW_PRIVATE = '127.0.0.1/32';
});
afterAll(async () => {
  process.env = env;
  await t.drop();
});

function run(args: string[]): Promise<CliRun> {
  return runCli(t.url, args);
}

describe('bulwark connector', () => {
  it('adds a connector with credentials from a file, runs it and shows its status', async () => {
    const tenant = await makeTenant(t.db);
    const kb4 = await fakeKnowbe4();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-cred-'));
    const file = path.join(dir, 'kb4.json');
    fs.writeFileSync(file, JSON.stringify({ apiKey: 'kb4-key' }));
    try {
      const base = ['--tenant', tenant.slug, 'connector'];
      const added = await run([
        ...base,
        'add',
        'knowbe4',
        'kb4',
        '--set',
        `baseUrl=${kb4.url}`,
        '--set',
        'perPage=2',
        '--credentials-file',
        file,
        '--interval',
        '600',
      ]);
      expect(added.err).toBe('');
      expect(added.code).toBe(0);
      const ran = await run([...base, 'run', 'kb4']);
      expect(ran.code).toBe(0);
      expect(ran.out).toMatch(/state: ok; runs 1/);
      expect(ran.out).toMatch(/\d+ stored/);
      expect(ran.out).not.toContain('kb4-key');
      const list = await run([...base, 'list']);
      expect(list.out).toMatch(/^kb4\tknowbe4\tenabled\tok\tevery 600s/m);
      const disabled = await run([...base, 'set', 'kb4', '--disable']);
      expect(disabled.out).toContain('disabled');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await kb4.close();
    }
  });

  it('explains a missing key instead of storing credentials in the clear (PostgreSQL); beside the embedded database, keeps a key file', async () => {
    const tenant = await makeTenant(t.db);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-cred-'));
    const file = path.join(dir, 'c.json');
    fs.writeFileSync(file, '{"apiKey":"x"}');
    const key = process.env.BULWARK_SECRET_KEY;
    delete process.env.BULWARK_SECRET_KEY;
    try {
      const res = await run([
        '--tenant',
        tenant.slug,
        'connector',
        'add',
        'gophish',
        'gp',
        '--set',
        'baseUrl=https://gophish.example.com',
        '--credentials-file',
        file,
      ]);
      if (t.url.startsWith('sqlite:')) {
        expect(res.code).toBe(0);
        const keyFile = path.join(path.dirname(t.url.slice('sqlite:'.length)), 'secret.key');
        expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
        const stored = await t.db.get<{ credentials: string }>(
          'SELECT credentials FROM connectors WHERE tenant_id = ?',
          [tenant.id],
        );
        expect(stored?.credentials).not.toContain('"apiKey"');
      } else {
        expect(res.code).toBe(1);
        expect(res.err).toMatch(/BULWARK_SECRET_KEY.*openssl rand -base64 32/);
      }
    } finally {
      process.env.BULWARK_SECRET_KEY = key;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
