import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { createAppContext } from '../../app/app-context.js';
import { sealLegacySecretsAtStart } from '../../accounts/legacy-secrets.service.js';
import { publicUrlOf } from '../../accounts/cookie-policy.js';
import { firstRunDemo } from './first-run.js';
import { listTenants } from '../../tenancy/tenant.repository.js';
import { buildServer } from '../../http/server.js';
import { createLogger } from '../../logging/logger.js';
import { openDatabase } from '../../storage/open.js';
import { redactUrl } from '../../storage/url.js';
import { secretBoxOf } from '../../secrets/secret-box.factory.js';
import { startScoringWorker } from '../../scoring/scoring.worker.js';
import { systemClock } from '../../shared/clock.js';
import { startSignals } from '../../transports/signals.start.js';
import { startDestinations } from '../../destinations/destinations.start.js';
import { startSsf } from '../../ssf/ssf.start.js';
import { configFrom, globalOptions } from '../context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API (and dashboard) over HTTP')
    .option('--port <port>', 'TCP port (BULWARK_PORT, default 8080)')
    .option('--host <host>', 'address to listen on (BULWARK_HOST, default 127.0.0.1)')
    .option('--no-demo', 'on an empty database, do not create the demo organisation')
    .action(async (options: { port?: string; host?: string; demo: boolean }, command: Command) => {
      const config = configFrom(globalOptions(command), {
        ...(options.port ? { port: options.port } : {}),
        ...(options.host ? { host: options.host } : {}),
      });
      const logger = createLogger(config.logLevel);
      const db = await openDatabase(config.databaseUrl);
      const ctx = createAppContext(db, config, logger);
      await sealLegacySecretsAtStart(db, secretBoxOf(config), logger);
      const app = await buildServer(ctx);
      const scoring = startScoringWorker({
        db,
        clock: systemClock,
        logger,
        memory: ctx.scoringMemory,
      });
      const address = await app.listen({ port: config.port, host: config.host });
      const stopSignals = await startSignals(ctx, config);
      const ssf = startSsf(ctx, config);
      const stopDestinations = startDestinations(ctx, config, ssf.deliverers);
      logger.info({ address, database: redactUrl(config.databaseUrl) }, 'bulwark listening');
      process.stderr.write(
        `\nBulwark is serving ${address.replace('127.0.0.1', 'localhost')}\n` +
          `API: ${address}/api/v1 (OpenAPI at /api/v1/openapi.json). Get a token with:\n` +
          `  npx bulwark token create --role admin --name me${config.databaseUrl.startsWith('sqlite:./data/') ? '' : ` --db '${redactUrl(config.databaseUrl)}'`}\n\n`,
      );
      const stopping = new Promise<void>((resolve) => shutdownOn(['SIGINT', 'SIGTERM'], resolve));
      if (options.demo && (await listTenants(db)).length === 0)
        await firstRunDemo(db, address, publicUrlOf(config), logger);
      await stopping;
      logger.info('shutting down: finishing requests in flight');
      let step = 'closing the HTTP server';
      const timer = setTimeout(() => {
        logger.error({ step }, 'shutdown grace period over; exiting before it finished');
        // Said on standard error too: the log may not be flushed before the process exits.
        process.stderr.write(`shutdown grace period over while ${step}; exiting\n`, () =>
          process.exit(1),
        );
      }, config.shutdownGraceMs);
      // Inbound first (no new work; requests in flight finish), then the workers, then the data.
      await closeHttp(app);
      step = 'stopping the connector scheduler and syslog listener';
      await stopSignals();
      step = 'stopping the destinations outbox';
      await stopDestinations();
      step = 'stopping the Shared Signals feed';
      await ssf.stop();
      step = 'stopping the scoring worker';
      await scoring.stop();
      step = 'closing the database';
      await db.close();
      clearTimeout(timer);
      logger.info('stopped');
    });
}

/**
 * Closes the HTTP server: no new connections, requests in flight finish. A keep-alive connection
 * that was busy when closing began would hold the server open once its request is answered, so
 * idle connections are closed again until the server is closed.
 */
async function closeHttp(app: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
  try {
    await app.close();
  } finally {
    clearInterval(sweep);
  }
}

function shutdownOn(signals: NodeJS.Signals[], resolve: () => void): void {
  for (const signal of signals) process.once(signal, resolve);
}
