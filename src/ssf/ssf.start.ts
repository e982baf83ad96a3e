import { publicUrlOf } from '../accounts/cookie-policy.js';
import type { Config } from '../config/config.js';
import type { Deliverer } from '../destinations/outbox.js';
import type { AppContext } from '../http/context.js';
import { outboundClientOf } from '../outbound/client.factory.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { ssfDeliverers } from './deliverer.js';
import { feedStreams } from './feed.service.js';

const FEED_EVERY_MS = 5_000;

/**
 * What `bulwark serve` runs for the Shared Signals transmitter: every few seconds the feed turns
 * level changes and confirmed account takeovers into SETs in the outbox; the outbox worker
 * delivers them with the deliverers returned here (kind `ssf.set`).
 */
export function startSsf(
  ctx: AppContext,
  config: Config,
): { deliverers: Map<string, Deliverer>; stop(): Promise<void> } {
  const deps = {
    db: ctx.db,
    secrets: secretBoxOf(config),
    client: outboundClientOf(config),
    now: () => ctx.clock.now(),
  };
  let feeding: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    feeding = feedStreams({
      db: ctx.db,
      publicUrl: publicUrlOf(config),
      now: deps.now,
      logger: ctx.logger,
    }).catch((error: unknown) => ctx.logger.error({ err: error }, 'ssf feed pass failed'));
  }, FEED_EVERY_MS);
  timer.unref();
  return {
    deliverers: new Map(Object.entries(ssfDeliverers(deps))),
    stop: async () => {
      clearInterval(timer);
      await feeding;
    },
  };
}
