import { publicUrlOf } from '../accounts/cookie-policy.js';
import type { Config } from '../config/config.js';
import type { Deliverer } from '../destinations/outbox.js';
import type { AppContext } from '../http/context.js';
import { outboundClientOf } from '../outbound/client.factory.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import type { Clock } from '../shared/clock.js';
import { systemClock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import { ssfDeliverers } from './deliverer.js';
import { feedStreams } from './feed.service.js';

const FEED_EVERY_MS = 5_000;

/**
 * The outbox deliverers of the Shared Signals transmitter (kind `ssf.set`), for every outbox
 * worker: the one `bulwark serve` runs and the one of `bulwark destination deliver`.
 */
export function ssfDelivererMap(
  db: Db,
  config: Config,
  clock: Clock = systemClock,
): Map<string, Deliverer> {
  const deps = {
    db,
    secrets: secretBoxOf(config),
    client: outboundClientOf(config),
    now: () => clock.now(),
  };
  return new Map(Object.entries(ssfDeliverers(deps)));
}

/**
 * What `bulwark serve` runs for the Shared Signals transmitter: every few seconds the feed turns
 * level changes and confirmed account takeovers into SETs in the outbox; the outbox worker
 * delivers them with the deliverers returned here. Off with the outbox worker
 * (BULWARK_DESTINATIONS_ENABLED=false), since nothing would deliver the SETs.
 */
export function startSsf(
  ctx: AppContext,
  config: Config,
): { deliverers: Map<string, Deliverer>; stop(): Promise<void> } {
  const deliverers = ssfDelivererMap(ctx.db, config, ctx.clock);
  if (!config.destinationsEnabled) return { deliverers, stop: () => Promise.resolve() };
  let feeding: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    feeding = feedStreams({
      db: ctx.db,
      publicUrl: publicUrlOf(config),
      now: () => ctx.clock.now(),
      logger: ctx.logger,
    }).catch((error: unknown) => ctx.logger.error({ err: error }, 'ssf feed pass failed'));
  }, FEED_EVERY_MS);
  timer.unref();
  return {
    deliverers,
    stop: async () => {
      clearInterval(timer);
      await feeding;
    },
  };
}
