import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { createLogger } from '../logging/logger.js';
import type { DeliveryResult, OutboxMessage } from './outbox.js';
import type { OutboxPolicy } from './outbox-policy.js';
import { defaultOutboxPolicy } from './outbox-policy.js';
import {
  claimMessage,
  countMessages,
  findMessage,
  listMessages,
  replayDead,
} from './outbox.repository.js';
import { enqueue } from './outbox.service.js';
import { OutboxWorker } from './outbox.worker.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const policy: OutboxPolicy = { ...defaultOutboxPolicy, maxAttempts: 3, leaseMs: 60_000 };

/** A clock the test moves by hand. */
function manualClock(start = 1_800_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function worker(clock: { now(): number }, deliver: (m: OutboxMessage) => Promise<DeliveryResult>) {
  return new OutboxWorker({
    db: t.db,
    clock,
    logger: createLogger('silent'),
    deliverers: (kind) => (kind === 'test' ? deliver : undefined),
    policy,
    random: () => 0.5,
  });
}

const draft = (key: string, orderingKey?: string) => ({
  destinationId: 'dest-1',
  kind: 'test',
  payload: { key },
  idempotencyKey: key,
  ...(orderingKey ? { orderingKey } : {}),
});

describe('outbox', () => {
  it('stores a message once per idempotency key and delivers it once', async () => {
    const tenant = await makeTenant(t.db);
    const clock = manualClock();
    expect(
      await enqueue(t.db, tenant.id, [draft('a'), draft('a'), draft('b')], clock.now()),
    ).toEqual({ enqueued: 2, duplicate: 1 });
    expect(await enqueue(t.db, tenant.id, [draft('a')], clock.now())).toEqual({
      enqueued: 0,
      duplicate: 1,
    });
    const seen: unknown[] = [];
    const w = worker(clock, (m) => {
      seen.push(m.payload);
      return Promise.resolve({ outcome: 'delivered' });
    });
    expect(await w.tick()).toBe(2);
    expect(await w.tick()).toBe(0);
    expect(seen).toEqual([{ key: 'a' }, { key: 'b' }]);
    const counts = (await countMessages(t.db, tenant.id)).get('dest-1');
    expect(counts).toMatchObject({ pending: 0, delivered: 2, dead: 0 });
  });

  it('retries with back-off, honours Retry-After, then gives up and keeps the message dead', async () => {
    const tenant = await makeTenant(t.db);
    const clock = manualClock(1_810_000_000_000);
    await enqueue(t.db, tenant.id, [draft('r')], clock.now());
    const results: DeliveryResult[] = [
      { outcome: 'retry', error: 'HTTP 500' },
      { outcome: 'retry', error: 'HTTP 429', retryAfterMs: 120_000 },
      { outcome: 'retry', error: 'HTTP 503 again' },
    ];
    let calls = 0;
    const w = worker(clock, () => Promise.resolve(results[calls++] ?? { outcome: 'delivered' }));
    expect(await w.tick()).toBe(1);
    let m = (await listMessages(t.db, tenant.id, 'dest-1', 'pending', { limit: 5 }))[0];
    // First retry: full jitter over 5 s × 2^0 at random 0.5 = 2.5 s.
    expect(m?.nextAttemptAt).toBe(clock.now() + 2_500);
    expect(m?.lastError).toBe('HTTP 500');
    expect(await w.tick()).toBe(0);
    clock.advance(2_500);
    expect(await w.tick()).toBe(1);
    m = (await listMessages(t.db, tenant.id, 'dest-1', 'pending', { limit: 5 }))[0];
    expect(m?.nextAttemptAt).toBe(clock.now() + 120_000);
    clock.advance(119_000);
    expect(await w.tick()).toBe(0);
    clock.advance(1_000);
    expect(await w.tick()).toBe(1);
    const dead = await listMessages(t.db, tenant.id, 'dest-1', 'dead', { limit: 5 });
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ attempts: 3, lastError: 'HTTP 503 again' });

    expect(await replayDead(t.db, tenant.id, 'dest-1', 'all', clock.now())).toBe(1);
    expect(await w.tick()).toBe(1);
    expect(calls).toBe(4);
    expect((await findMessage(t.db, tenant.id, dead[0]?.id ?? ''))?.state).toBe('delivered');
  });

  it('gives up at once on a permanent failure, and after the maximum age', async () => {
    const tenant = await makeTenant(t.db);
    const clock = manualClock(1_820_000_000_000);
    await enqueue(t.db, tenant.id, [draft('perm'), draft('old')], clock.now());
    const w = worker(clock, (m) =>
      Promise.resolve(
        (m.payload as { key: string }).key === 'perm'
          ? { outcome: 'failed', error: 'HTTP 403' }
          : { outcome: 'retry', error: 'down', retryAfterMs: policy.maxAgeMs },
      ),
    );
    expect(await w.tick()).toBe(2);
    const dead = await listMessages(t.db, tenant.id, 'dest-1', 'dead', { limit: 5 });
    expect(dead.map((m) => [m.idempotencyKey, m.attempts, m.lastError])).toEqual([
      ['perm', 1, 'HTTP 403'],
      ['old', 1, 'down'],
    ]);
  });

  it('lets a new worker take over a message whose lease ran out (a restart)', async () => {
    const tenant = await makeTenant(t.db);
    const clock = manualClock(1_830_000_000_000);
    await enqueue(t.db, tenant.id, [draft('crash')], clock.now());
    const [m] = await listMessages(t.db, tenant.id, 'dest-1', 'pending', { limit: 1 });
    if (!m) throw new Error('no message');
    // A worker that claimed it and died before recording anything.
    expect(await claimMessage(t.db, m, 'dead-worker', clock.now(), clock.now() + 60_000)).toBe(
      true,
    );
    let delivered = 0;
    const w = worker(clock, () => {
      delivered++;
      return Promise.resolve({ outcome: 'delivered' });
    });
    expect(await w.tick()).toBe(0);
    clock.advance(60_000);
    expect(await w.tick()).toBe(1);
    expect(delivered).toBe(1);
    const after = await findMessage(t.db, tenant.id, m.id);
    expect(after).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('delivers messages with one ordering key in order, a later one waiting for an earlier', async () => {
    const tenant = await makeTenant(t.db);
    const clock = manualClock(1_840_000_000_000);
    await enqueue(t.db, tenant.id, [draft('o1', 'person'), draft('o2', 'person')], clock.now());
    const order: string[] = [];
    let failFirst = true;
    const w = worker(clock, (m) => {
      const key = (m.payload as { key: string }).key;
      order.push(key);
      if (key === 'o1' && failFirst) {
        failFirst = false;
        return Promise.resolve({ outcome: 'retry', error: 'busy' });
      }
      return Promise.resolve({ outcome: 'delivered' });
    });
    expect(await w.tick()).toBe(1);
    clock.advance(10_000);
    expect(await w.tick()).toBe(1);
    expect(await w.tick()).toBe(1);
    expect(order).toEqual(['o1', 'o1', 'o2']);
  });

  it("keeps tenants apart: one tenant's key does not collide with another's", async () => {
    const a = await makeTenant(t.db);
    const b = await makeTenant(t.db);
    const clock = manualClock(1_850_000_000_000);
    await enqueue(t.db, a.id, [draft('same')], clock.now());
    expect((await enqueue(t.db, b.id, [draft('same')], clock.now())).enqueued).toBe(1);
    const w = worker(clock, () => Promise.resolve({ outcome: 'delivered' }));
    expect(await w.tick()).toBe(2);
    expect(await replayDead(t.db, b.id, 'dest-1', 'all', clock.now())).toBe(0);
    const [ofA] = await listMessages(t.db, a.id, 'dest-1', 'delivered', { limit: 5 });
    expect(await findMessage(t.db, b.id, ofA?.id ?? '')).toBeUndefined();
  });
});
