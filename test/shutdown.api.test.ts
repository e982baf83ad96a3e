import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { countEvents } from '../src/events/event.repository.js';
import type { TestDatabase } from './support/database.js';
import { createTestDatabase } from './support/database.js';
import { makeTenant } from './support/factories.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

describe('graceful shutdown', () => {
  it('keeps every acknowledged ingest when the server is stopped mid-stream', async () => {
    const tenant = await makeTenant(t.db);
    const { token } = await createToken(t.db, tenant.id, { name: 'ingest', role: 'ingest' });
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/bulwark-dev.ts', 'serve', '--no-demo', '--port', String(port)],
      {
        env: { ...process.env, BULWARK_DATABASE_URL: t.url, BULWARK_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // Logs (standard output, warnings and errors only) join standard error, to show a failure.
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url);

    let acknowledged = 0;
    let sent = 0;
    for (let batch = 0; batch < 400; batch++) {
      if (batch === 5) child.kill('SIGTERM');
      const events = Array.from({ length: 200 }, (_, i) => ({
        id: `b${batch}-${i}`,
        time: '2026-05-01T09:00:00Z',
        source: 'shutdown-test',
        type: 'auth.signin_failed',
        subject: `p${i}@example.com`,
      }));
      sent++;
      try {
        const res = await fetch(`${url}/api/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(events),
        });
        if (res.status === 503) break; // closing: the server takes no new work, as a client should see
        if (res.status === 200) acknowledged += ((await res.json()) as { stored: number }).stored;
      } catch {
        break;
      }
    }
    expect({ code: await exited, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(sent).toBeGreaterThan(5);
    expect(acknowledged).toBeGreaterThanOrEqual(5 * 200);
    // Everything the server acknowledged is there; nothing it refused half-way was stored.
    expect((await countEvents(t.db, tenant.id)).total).toBe(acknowledged);
  }, 60_000);
});
