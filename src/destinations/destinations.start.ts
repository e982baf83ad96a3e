import type { Config } from '../config/config.js';
import type { AppContext } from '../http/context.js';
import type { Deliverer } from './outbox.js';
import { messageKinds } from './destination.js';
import { createDestinationRuntime } from './destination-runtime.js';
import { destinationDeliverer } from './delivery.js';
import { OutboxWorker } from './outbox.worker.js';
import { feedAll } from './risk-feed.service.js';

const FEED_EVERY_MS = 5_000;

/**
 * What `bulwark serve` runs to send risk out (unless BULWARK_DESTINATIONS_ENABLED=false): the
 * risk feed, which turns level changes into outbox messages every few seconds, and the outbox
 * worker, which delivers them. Other senders add the deliverers of their message kinds in
 * `deliverers` (kind → deliverer); a kind nobody delivers is retried until it is dead.
 */
export function startDestinations(
  ctx: AppContext,
  config: Config,
  deliverers: ReadonlyMap<string, Deliverer> = new Map(),
): () => Promise<void> {
  if (!config.destinationsEnabled) return () => Promise.resolve();
  const rt = createDestinationRuntime(ctx);
  const ours = destinationDeliverer(rt);
  const kinds = new Set<string>(Object.values(messageKinds));
  const worker = new OutboxWorker({
    db: ctx.db,
    clock: ctx.clock,
    logger: ctx.logger,
    policy: rt.outbox,
    deliverers: (kind) => (kinds.has(kind) ? ours : deliverers.get(kind)),
  });
  worker.start();
  let feeding: Promise<void> | undefined;
  // A pass that takes longer than the period is not overlapped by the next one.
  const feed = () =>
    (feeding ??= feedAll(ctx)
      .then((made) => {
        if (made > 0) worker.wake();
      })
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'risk feed pass failed'))
      .finally(() => (feeding = undefined)));
  const timer = setInterval(() => void feed(), FEED_EVERY_MS);
  timer.unref();
  void feed();
  return async () => {
    clearInterval(timer);
    await feeding;
    await worker.stop();
  };
}
