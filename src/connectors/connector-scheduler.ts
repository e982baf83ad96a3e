import type { Connector } from './connector.js';
import { claimConnector, listDueConnectors } from './connector.repository.js';
import type { ConnectorRuntime } from './connector-runtime.js';
import { runConnector } from './connector-run.service.js';

export interface SchedulerOptions {
  /** How often to look for due connectors. */
  tickMs: number;
  /** How long a claimed run may take before another process may take the connector over. */
  leaseMs: number;
}

export const defaultSchedulerOptions: SchedulerOptions = { tickMs: 15_000, leaseMs: 30 * 60_000 };

/**
 * Runs due connectors of every tenant, one at a time (runs are I/O-bound and the machine is
 * small), each claimed with a lease in the database so that two servers never run it at once.
 */
export class ConnectorScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly rt: ConnectorRuntime,
    private readonly options: SchedulerOptions = defaultSchedulerOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops looking for work and waits for the run in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every connector that is due now; returns how many ran. */
  async tick(): Promise<number> {
    let ran = 0;
    const due = await listDueConnectors(this.rt.db, this.rt.clock.now(), 50);
    for (const connector of due) {
      if (this.stopped) break;
      if (await this.claim(connector)) {
        await runConnector(this.rt, connector);
        ran++;
      }
    }
    return ran;
  }

  private claim(connector: Connector): Promise<boolean> {
    const now = this.rt.clock.now();
    return claimConnector(
      this.rt.db,
      connector.tenantId,
      connector.id,
      now,
      now + this.options.leaseMs,
    );
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.rt.logger.error({ err: error }, 'connector scheduler tick failed'),
        )
        .finally(() => this.schedule(this.options.tickMs));
    }, delayMs);
    this.timer.unref();
  }
}
