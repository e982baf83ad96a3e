import type { Config } from '../config/config.js';
import { createConnectorRuntime } from '../connectors/connector-runtime.factory.js';
import { ConnectorScheduler } from '../connectors/connector-scheduler.js';
import type { AppContext } from '../http/context.js';
import type { RunningSyslog } from './syslog/syslog.start.js';
import { startSyslog, syslogEnabled } from './syslog/syslog.start.js';

/**
 * What `bulwark serve` runs beside the HTTP server to take in signals: the connector scheduler
 * (unless BULWARK_CONNECTORS_ENABLED=false) and the syslog listener (when a port is set).
 */
export async function startSignals(ctx: AppContext, config: Config): Promise<() => Promise<void>> {
  const scheduler = config.connectorsEnabled
    ? new ConnectorScheduler(createConnectorRuntime(ctx))
    : undefined;
  scheduler?.start();
  let syslog: RunningSyslog | undefined;
  if (syslogEnabled(config)) syslog = await startSyslog(ctx, config);
  return async () => {
    await scheduler?.stop();
    await syslog?.stop();
  };
}
