import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/support/database.js';
import { createTestDatabase } from '../../../test/support/database.js';
import { makeTenant } from '../../../test/support/factories.js';
import { startLocalServer } from '../../../test/support/local-http.js';
import { scoredPeople } from '../../destinations/destinations.test-support.js';
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

describe('bulwark destination', () => {
  it('adds a webhook from a credentials file, tests it, delivers changes, and keeps refused ones dead to replay', async () => {
    const tenant = await makeTenant(t.db);
    let refuse = true;
    const hook = await startLocalServer((_req, res) => {
      res.statusCode = refuse ? 410 : 200;
      res.end();
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-dest-'));
    const file = path.join(dir, 'secret.json');
    fs.writeFileSync(file, JSON.stringify({ secret: 'cli-webhook-secret-0123' }));
    try {
      const tn = ['--tenant', tenant.slug];
      const added = await run([
        ...tn,
        'destination',
        'add',
        'webhook',
        'soar',
        '--set',
        `url=${hook.url}/in`,
        '--credentials-file',
        file,
        '--min-level',
        'medium',
      ]);
      expect(added.code, added.err).toBe(0);
      expect(added.out).toContain('destination soar (webhook) added');

      expect((await run([...tn, 'destination', 'test', 'soar'])).code).toBe(1);
      refuse = false;
      const tested = await run([...tn, 'destination', 'test', 'soar']);
      expect(tested.out).toBe('soar: delivered\n');

      refuse = true;
      await scoredPeople(
        t.db,
        tenant,
        [{ email: `m@${tenant.slug}.test`, level: 'medium' }],
        Date.now(),
      );
      const delivered = await run(['destination', 'deliver']);
      expect(delivered.out).toContain('1 message(s) queued, 1 delivery attempt(s) made');
      const dead = await run([...tn, 'destination', 'dead', 'soar']);
      expect(dead.out).toContain('1 attempts\twebhook: 127.0.0.1');
      expect(dead.out).toContain('HTTP 410');

      refuse = false;
      expect((await run([...tn, 'destination', 'replay', 'soar'])).out).toContain('1 message(s)');
      expect((await run(['destination', 'deliver'])).out).toContain('1 delivery attempt(s) made');
      const status = await run([...tn, 'destination', 'status', 'soar']);
      expect(status.out).toContain('messages: 0 pending, 1 delivered, 0 dead');
      expect(status.out).toContain('credentials: stored encrypted');
      const list = await run([...tn, 'destination', 'list']);
      expect(list.out).toMatch(/^soar\twebhook\tenabled\t>= medium/);
      for (const r of [added, tested, status, list])
        expect(r.out).not.toContain('cli-webhook-secret');

      expect((await run([...tn, 'destination', 'remove', 'soar'])).out).toBe(
        'destination soar removed\n',
      );
      expect((await run([...tn, 'destination', 'status', 'soar'])).code).not.toBe(0);
    } finally {
      await hook.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
