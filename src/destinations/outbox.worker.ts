import { randomBytes } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import type { DeliveryResult, DelivererLookup } from './outbox.js';
import type { OutboxPolicy, RetryDecision } from './outbox-policy.js';
import { nextAttempt } from './outbox-policy.js';
import type { Settlement, StoredMessage } from './outbox.repository.js';
import {
  claimMessage,
  listDueMessages,
  pruneDelivered,
  settleMessage,
} from './outbox.repository.js';

export interface OutboxWorkerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  deliverers: DelivererLookup;
  policy: OutboxPolicy;
  random?: () => number;
}

export interface OutboxWorkerOptions {
  /** How often to look for due messages when idle. */
  tickMs: number;
  /** Messages read per look. */
  batch: number;
  /** Destinations delivered to at the same time (messages of one destination go one by one). */
  concurrency: number;
  /** Delivered messages are forgotten after this long; dead ones are kept. */
  keepDeliveredMs: number;
}

export const defaultWorkerOptions: OutboxWorkerOptions = {
  tickMs: 2_000,
  batch: 100,
  concurrency: 4,
  keepDeliveredMs: 7 * 24 * 3600_000,
};

const PRUNE_EVERY_MS = 3600_000;
const ERROR_CHARS = 500;

/**
 * Delivers the outbox. Each due message is claimed with a lease in the database (two workers on
 * one database never try it at once, and a message whose worker died is taken over when the lease
 * ends), handed to the deliverer of its kind, then recorded as delivered, retried later with
 * back-off, or dead. Survives restarts because everything it needs is in the database.
 */
export class OutboxWorker {
  private readonly owner = randomBytes(9).toString('base64url');
  private readonly options: OutboxWorkerOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private lastPrune = 0;

  constructor(
    private readonly deps: OutboxWorkerDeps,
    options: Partial<OutboxWorkerOptions> = {},
  ) {
    this.options = { ...defaultWorkerOptions, ...options };
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops looking for messages and waits for the deliveries in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Looks for due messages now instead of at the next tick (after an enqueue in this process). */
  wake(): void {
    if (this.stopped || this.running || !this.timer) return;
    clearTimeout(this.timer);
    this.schedule(0);
  }

  /** Tries every message due now, once each; returns how many were tried. */
  async tick(): Promise<number> {
    await this.prune();
    const due = await listDueMessages(this.deps.db, this.deps.clock.now(), this.options.batch);
    const groups = new Map<string, StoredMessage[]>();
    for (const m of due) {
      const key = `${m.tenantId}\u0000${m.destinationId}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    let tried = 0;
    const queue = [...groups.values()];
    const lane = async () => {
      for (let group = queue.shift(); group; group = queue.shift())
        for (const m of group) {
          if (this.stopped) return;
          if (await this.attempt(m)) tried++;
        }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, lane));
    return tried;
  }

  private async attempt(m: StoredMessage): Promise<boolean> {
    const { db, clock, policy } = this.deps;
    const now = clock.now();
    if (!(await claimMessage(db, m, this.owner, now, now + policy.leaseMs))) return false;
    const result = await this.deliver(m);
    const settlement = this.settlementOf(m, result);
    if (!(await settleMessage(db, m, this.owner, settlement)))
      this.deps.logger.warn(
        { tenantId: m.tenantId, messageId: m.id },
        'outbox lease lost before the outcome was recorded',
      );
    this.log(m, settlement);
    return true;
  }

  private async deliver(m: StoredMessage): Promise<DeliveryResult> {
    const deliverer = this.deps.deliverers(m.kind);
    if (!deliverer)
      return { outcome: 'retry', error: `no deliverer for messages of kind "${m.kind}"` };
    try {
      return await deliverer(m);
    } catch (error) {
      return { outcome: 'retry', error: error instanceof Error ? error.message : String(error) };
    }
  }

  private settlementOf(m: StoredMessage, result: DeliveryResult): Settlement {
    const now = this.deps.clock.now();
    if (result.outcome === 'delivered') return { state: 'delivered', at: now };
    const error = result.error.slice(0, ERROR_CHARS);
    if (result.outcome === 'failed') return { state: 'dead', at: now, error };
    const decision: RetryDecision = nextAttempt(
      this.deps.policy,
      m.attempts + 1,
      m.windowStartedAt,
      now,
      this.deps.random ?? Math.random,
      result.retryAfterMs,
    );
    return decision.dead
      ? { state: 'dead', at: now, error }
      : { state: 'pending', at: decision.at, error };
  }

  private log(m: StoredMessage, s: Settlement): void {
    const fields = {
      tenantId: m.tenantId,
      destinationId: m.destinationId,
      messageId: m.id,
      kind: m.kind,
      attempt: m.attempts + 1,
    };
    if (s.state === 'delivered') this.deps.logger.debug(fields, 'outbox message delivered');
    else if (s.state === 'pending')
      this.deps.logger.warn({ ...fields, error: s.error, nextAt: s.at }, 'outbox delivery failed');
    else this.deps.logger.error({ ...fields, error: s.error }, 'outbox message is dead');
  }

  private async prune(): Promise<void> {
    const now = this.deps.clock.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await pruneDelivered(this.deps.db, now - this.options.keepDeliveredMs);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => {
          this.deps.logger.error({ err: error }, 'outbox tick failed');
          return 0;
        })
        .then((tried) => {
          this.running = undefined;
          // A full batch means more may be waiting: look again at once.
          this.schedule(tried >= this.options.batch ? 0 : this.options.tickMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
