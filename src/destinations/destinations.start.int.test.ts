import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { startLocalServer } from '../../test/support/local-http.js';
import { createAppContext } from '../app/app-context.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { createDestination } from './destination.service.js';
import { scoredPeople } from './destinations.test-support.js';
import { startDestinations } from './destinations.start.js';
import type { Deliverer } from './outbox.js';
import { enqueue } from './outbox.service.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}

describe('startDestinations (what serve runs)', () => {
  it('sends changes found at start and delivers other senders’ kinds with their deliverers', async () => {
    const config = loadConfig({
      BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
      BULWARK_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1/32',
    });
    const ctx = createAppContext(t.db, config, createLogger('silent'));
    const tenant = await makeTenant(t.db);
    const hook = await startLocalServer((_req, res) => {
      res.statusCode = 200;
      res.end();
    });
    const otherKind: string[] = [];
    const deliverer: Deliverer = (m) => {
      otherKind.push(m.idempotencyKey);
      return Promise.resolve({ outcome: 'delivered' });
    };
    const now = Date.now();
    await createDestination({ db: t.db, secrets: secretBoxOf(config), now }, tenant.id, {
      kind: 'webhook',
      name: 'hook',
      settings: { url: hook.url },
      credentials: { secret: 'start-test-secret-0123' },
      minLevel: 'high',
      identityKinds: ['person'],
    });
    await scoredPeople(t.db, tenant, [{ email: `s@${tenant.slug}.test`, level: 'high' }], now);
    await enqueue(
      t.db,
      tenant.id,
      [{ destinationId: 'stream-1', kind: 'other.kind', payload: {}, idempotencyKey: 'set-1' }],
      now,
    );
    const stop = startDestinations(ctx, config, new Map([['other.kind', deliverer]]));
    try {
      await until(() => hook.received.length > 0 && otherKind.length > 0);
      expect(hook.received).toHaveLength(1);
      expect(otherKind).toEqual(['set-1']);
    } finally {
      await stop();
      await hook.close();
    }
  });
});
