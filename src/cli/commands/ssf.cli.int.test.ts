import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/support/database.js';
import { createTestDatabase } from '../../../test/support/database.js';
import { makeTenant } from '../../../test/support/factories.js';
import type { LocalServer } from '../../../test/support/local-http.js';
import { startLocalServer } from '../../../test/support/local-http.js';
import { eventTypes } from '../../ssf/ssf.js';
import { runCli, type CliRun } from '../../../test/support/cli.js';

let t: TestDatabase;
let receiver: LocalServer;
const env = { ...process.env };
beforeAll(async () => {
  t = await createTestDatabase();
  receiver = await startLocalServer((_req, res) => void res.writeHead(202).end());
  process.env.BULWARK_SECRET_KEY = randomBytes(32).toString('base64');
  process.env.BULWARK_OUTBOUND_ALLOW_PRIVATE = '127.0.0.1/32';
  process.env.BULWARK_PUBLIC_URL = 'https://hrm.example.com';
});
afterAll(async () => {
  process.env = env;
  await receiver.close();
  await t.drop();
});

function run(args: string[]): Promise<CliRun> {
  return runCli(t.url, args);
}

describe('bulwark ssf', () => {
  it('creates a stream for a receiver, verifies it through the outbox, pauses, rotates and removes', async () => {
    const tenant = await makeTenant(t.db);
    const base = ['--tenant', tenant.slug, 'ssf'];
    const headerFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-ssf-')), 'auth');
    fs.writeFileSync(headerFile, 'SSWS secret-token-1\n');
    const info = await run([...base, 'info']);
    expect(info.out).toContain(
      `metadata  https://hrm.example.com/.well-known/ssf-configuration/ssf/${tenant.slug}`,
    );
    const created = await run([
      ...base,
      'create',
      '--endpoint',
      `${receiver.url}/okta/security-events`,
      '--authorization-file',
      headerFile,
      '--aud',
      'https://acme.okta.example/',
      '--event',
      'risk-level-change',
    ]);
    expect(created.code, created.err).toBe(0);
    const stream = JSON.parse(created.out) as { stream_id: string; events_delivered: string[] };
    expect(stream.events_delivered).toEqual([eventTypes.riskLevelChange]);
    expect(created.out).not.toContain('secret-token-1');

    expect((await run([...base, 'verify', stream.stream_id, '--state', 'hello'])).code).toBe(0);
    const delivered = await run(['destination', 'deliver']);
    expect(delivered.code, delivered.err).toBe(0);
    const got = receiver.received.at(-1);
    expect(got?.headers.authorization).toBe('SSWS secret-token-1');
    expect(got?.headers['content-type']).toBe('application/secevent+jwt');
    const claims = JSON.parse(Buffer.from(got!.body.split('.')[1]!, 'base64url').toString()) as {
      aud: string;
      events: Record<string, unknown>;
    };
    expect(claims.aud).toBe('https://acme.okta.example/');
    expect(claims.events).toEqual({ [eventTypes.verification]: { state: 'hello' } });

    const listed = await run([...base, 'streams']);
    expect(listed.out).toContain(
      `${stream.stream_id}\tenabled\t${receiver.url}/okta/security-events`,
    );
    expect(listed.out).toContain('delivered 1');
    expect(listed.out).not.toContain('secret-token-1');

    expect((await run([...base, 'status', stream.stream_id, '--set', 'paused'])).out).toContain(
      'paused',
    );
    expect((await run([...base, 'rotate-key'])).out).toMatch(/^signing key \S+/);
    expect((await run([...base, 'feed'])).code).toBe(0);
    expect((await run([...base, 'remove', stream.stream_id])).code).toBe(0);
    expect((await run([...base, 'streams'])).out).toBe('');
    const missing = await run([...base, 'remove', stream.stream_id]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain(`no stream "${stream.stream_id}"`);
  });
});
