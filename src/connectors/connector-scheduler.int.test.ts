import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { claimConnector } from './connector.repository.js';
import { ConnectorScheduler } from './connector-scheduler.js';
import { changeConnector, createConnector, getConnector } from './connector.service.js';
import { testRuntime } from './connector.test-support.js';
import { fakeGophish } from './vendor-fakes.test-support.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

describe('ConnectorScheduler', () => {
  it('runs due connectors of every tenant once, skips disabled and held ones, and schedules the next run', async () => {
    const { rt } = testRuntime(t.db);
    const gp = await fakeGophish();
    try {
      const add = async (name: string) => {
        const tenant = await makeTenant(t.db);
        const deps = { db: t.db, secrets: rt.secrets, now: Date.now() - 1000 };
        const c = await createConnector(deps, tenant.id, {
          kind: 'gophish',
          name,
          settings: { baseUrl: gp.url },
          credentials: { apiKey: 'gp-key' },
          intervalSeconds: 600,
        });
        return { tenant, c, deps };
      };
      const a = await add('a');
      const b = await add('b');
      const off = await add('off');
      await changeConnector(off.deps, off.tenant.id, off.c.id, { enabled: false });
      const held = await add('held');
      const now = Date.now();
      expect(await claimConnector(t.db, held.tenant.id, held.c.id, now, now + 60_000)).toBe(true);

      const scheduler = new ConnectorScheduler(rt, { tickMs: 60_000, leaseMs: 60_000 });
      expect(await scheduler.tick()).toBe(2);
      expect(await scheduler.tick()).toBe(0);
      for (const { tenant, c } of [a, b]) {
        const after = await getConnector(t.db, tenant.id, c.id);
        expect(after.status).toMatchObject({ state: 'ok', runs: 1 });
        expect(after.nextRunAt).toBeGreaterThanOrEqual(now + 600_000 - 5000);
      }
      expect((await getConnector(t.db, off.tenant.id, off.c.id)).status.runs).toBe(0);
      expect((await getConnector(t.db, held.tenant.id, held.c.id)).status.runs).toBe(0);
    } finally {
      await gp.close();
    }
  });

  it('tries a failed connector again sooner than its interval, backing off', async () => {
    const { rt } = testRuntime(t.db);
    const tenant = await makeTenant(t.db);
    const deps = { db: t.db, secrets: rt.secrets, now: Date.now() - 1000 };
    const c = await createConnector(deps, tenant.id, {
      kind: 'gophish',
      name: 'down',
      settings: { baseUrl: 'http://127.0.0.1:1' },
      credentials: { apiKey: 'k' },
      intervalSeconds: 3600,
    });
    const scheduler = new ConnectorScheduler(rt, { tickMs: 60_000, leaseMs: 60_000 });
    const before = Date.now();
    await scheduler.tick();
    const after = await getConnector(t.db, tenant.id, c.id);
    expect(after.status).toMatchObject({ state: 'failed', consecutiveFailures: 1 });
    expect(after.status.lastError).toMatch(/127\.0\.0\.1:1/);
    expect(after.nextRunAt - before).toBeLessThan(2 * 60_000);
  });
});
