import { ZodError } from 'zod';
import { learnAliases } from '../directory/alias-learning.service.js';
import type { PersonFacts } from '../directory/alias-learning.service.js';
import { findFormat } from '../events/formats/index.js';
import type { RawRecord } from '../events/formats/format.js';
import { ingestRecords } from '../events/ingest.service.js';
import { ApiSession } from '../outbound/api-session.js';
import { AppError } from '../shared/errors.js';
import type { Connector, RunCounts } from './connector.js';
import { emptyRunCounts } from './connector.js';
import type { RunOutcome } from './connector.repository.js';
import { recordRun, saveCursor } from './connector.repository.js';
import type { ConnectorRuntime } from './connector-runtime.js';
import type { PullContext } from './driver.js';
import { driverOf } from './drivers/index.js';
import { openCredentials } from './connector.service.js';

/** A failed run is tried again sooner than its interval: 1, 2, 4 … minutes, at most the interval. */
const FAILURE_RETRY_BASE_MS = 60_000;

/**
 * Runs one connector now: pulls from the vendor, ingests what it returns page by page (moving the
 * cursor after each stored page), learns people's ids, and records the outcome — counts, or the
 * error — in the connector's status. Never throws for a vendor's failure; the status says it.
 */
export async function runConnector(
  rt: ConnectorRuntime,
  connector: Connector,
): Promise<RunOutcome> {
  const counts = emptyRunCounts();
  const log = rt.logger.child({ tenantId: connector.tenantId, connector: connector.name });
  log.info({ kind: connector.kind }, 'connector run started');
  let error: string | null = null;
  try {
    await pull(rt, connector, counts);
  } catch (failure) {
    error = messageOf(failure);
    log.warn({ error, ...counts }, 'connector run failed');
  }
  const finishedAt = rt.clock.now();
  const outcome: RunOutcome = {
    ok: error === null,
    error,
    counts,
    finishedAt,
    nextRunAt: finishedAt + nextDelay(connector, error === null),
  };
  await recordRun(rt.db, connector.tenantId, connector.id, outcome);
  if (error === null) log.info({ ...counts }, 'connector run finished');
  return outcome;
}

async function pull(rt: ConnectorRuntime, connector: Connector, counts: RunCounts): Promise<void> {
  const driver = driverOf(connector.kind);
  const settings = driver.settings.parse(connector.settings);
  const credentials = driver.credentials.parse(openCredentials(rt, connector));
  const client = rt.client.forHosts(driver.hosts(settings));
  const tools = { client, retry: rt.retry, env: rt.env };
  const api = new ApiSession(
    client,
    driver.auth(settings, credentials, tools),
    rt.retry,
    rt.env,
    () => counts.retries++,
  );
  const ctx: PullContext<unknown, unknown> = {
    settings,
    credentials,
    cursor: connector.cursor,
    api,
    now: () => rt.clock.now(),
    ingest: (format, records, cursor) => ingestPage(rt, connector, counts, format, records, cursor),
    learn: (people) => learnPeople(rt, connector, counts, people),
    saveCursor: (cursor) => saveCursor(rt.db, connector.tenantId, connector.id, cursor),
  };
  await driver.run(ctx);
}

async function ingestPage(
  rt: ConnectorRuntime,
  connector: Connector,
  counts: RunCounts,
  formatName: string,
  records: readonly unknown[],
  cursor: unknown,
): Promise<void> {
  const format = findFormat(formatName);
  if (!format) throw new Error(`connector ${connector.kind} names an unknown format ${formatName}`);
  counts.pages++;
  const origin = `connector:${connector.name}`;
  const first = counts.records;
  const raws: RawRecord[] = records.map((value, i) => ({
    text: JSON.stringify(value),
    value,
    line: first + i + 1,
    origin,
  }));
  const deps = { db: rt.db, catalog: await rt.catalogFor(connector.tenantId), clock: rt.clock };
  const result = await ingestRecords(deps, connector.tenantId, format, raws);
  counts.records += result.records;
  counts.stored += result.stored;
  counts.duplicate += result.duplicate;
  counts.rejected += result.rejected;
  counts.ignored += result.ignored;
  if (cursor !== undefined) await saveCursor(rt.db, connector.tenantId, connector.id, cursor);
}

async function learnPeople(
  rt: ConnectorRuntime,
  connector: Connector,
  counts: RunCounts,
  people: readonly PersonFacts[],
): Promise<void> {
  if (people.length === 0) return;
  const source = `connector:${connector.kind}`;
  const learned = await learnAliases(rt.db, connector.tenantId, source, people, rt.clock.now());
  counts.people += learned.matched + learned.held;
  counts.peopleHeld += learned.held;
  counts.aliasesAdded += learned.aliasesAdded;
  counts.linkedEvents += learned.linkedEvents;
}

function nextDelay(connector: Connector, ok: boolean): number {
  const interval = connector.intervalSeconds * 1000;
  if (ok) return interval;
  const failures = connector.status.consecutiveFailures + 1;
  return Math.min(interval, FAILURE_RETRY_BASE_MS * 2 ** Math.min(failures - 1, 20));
}

/** What a status record and a log say about a failure: the message, never a stack or a secret. */
function messageOf(failure: unknown): string {
  if (failure instanceof AppError) return failure.message;
  if (failure instanceof ZodError) {
    const issues = failure.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return `the stored settings or credentials are not valid (${issues.join('; ')}); set them again`;
  }
  if (failure instanceof Error) return failure.message;
  return String(failure);
}
