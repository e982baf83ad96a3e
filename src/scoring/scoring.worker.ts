import type { Logger } from '../logging/logger.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../storage/db.js';
import { listTenants } from '../tenancy/tenant.repository.js';
import { directoryMarker, loadCursor, weightsMarker } from './cursor.repository.js';
import type { ScoringMemory } from './scoring-memory.js';
import { scoreTenant } from './scoring.service.js';
import { dayOf } from './snapshot.repository.js';
import { newestEventSeq } from '../events/event-tenant.js';

export interface ScoringWorker {
  /** One pass over every tenant; what the timer runs, and what tests call. */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

/** Whether a tenant has anything to score: new events, a new day, a changed directory or weights. */
async function due(db: Db, tenantId: string, now: number): Promise<boolean> {
  const cursor = await loadCursor(db, tenantId);
  if (!cursor) return true;
  return (
    (await newestEventSeq(db, tenantId)) > cursor.lastSeq ||
    cursor.refreshedDay !== dayOf(now) ||
    cursor.directoryMarker !== (await directoryMarker(db, tenantId)) ||
    cursor.weightsMarker !== (await weightsMarker(db, tenantId))
  );
}

/**
 * The server keeps scores current in the background: every `intervalMs` it catches each tenant
 * up from its cursor (events ingested over HTTP, the directory, weights, a new day). Runs never
 * overlap; an HTTP ingest is reflected in scores within about one interval. The CLI scores
 * synchronously instead, at the end of each command that stores events.
 */
export function startScoringWorker(
  deps: { db: Db; clock: Clock; logger: Logger; memory?: ScoringMemory },
  intervalMs = 5000,
): ScoringWorker {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = async (): Promise<void> => {
    for (const tenant of await listTenants(deps.db)) {
      if (stopped) return;
      if (!(await due(deps.db, tenant.id, deps.clock.now()))) continue;
      try {
        const r = await scoreTenant(deps, tenant.id);
        deps.logger.info(
          { tenantId: tenant.id, mode: r.mode, events: r.events, rescored: r.rescored },
          'scores updated',
        );
      } catch (error) {
        deps.logger.error({ err: error, tenantId: tenant.id }, 'scoring failed');
      }
    }
  };
  const runOnce = (): Promise<void> => {
    running = running.then(pass, pass);
    return running;
  };
  const timer = setInterval(() => {
    void runOnce().catch((error: unknown) =>
      deps.logger.error({ err: error }, 'scoring pass failed'),
    );
  }, intervalMs);
  timer.unref();
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
