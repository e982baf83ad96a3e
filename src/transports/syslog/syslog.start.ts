import type { Config } from '../../config/config.js';
import { cefFormat } from '../../events/formats/cef.format.js';
import { findTenantBySlug } from '../../tenancy/tenant.repository.js';
import type { ListeningPorts } from './syslog.listener.js';
import { SyslogListener } from './syslog.listener.js';
import type { SinkDeps } from './syslog-sink.js';
import { SyslogSink } from './syslog-sink.js';
import { listAllSyslogSources } from './syslog-source.repository.js';
import { TenantMap } from './tenant-map.js';

/** How often the sender-to-tenant map is re-read, so that new claims apply without a restart. */
const MAP_REFRESH_MS = 30_000;

export interface RunningSyslog {
  ports: ListeningPorts;
  sink: SyslogSink;
  stop(): Promise<void>;
}

type SyslogConfig = Pick<
  Config,
  | 'syslogHost'
  | 'syslogUdpPort'
  | 'syslogTcpPort'
  | 'syslogTlsPort'
  | 'syslogTlsCert'
  | 'syslogTlsKey'
  | 'syslogMaxMessageBytes'
  | 'syslogDefaultTenant'
>;

export function syslogEnabled(config: SyslogConfig): boolean {
  return config.syslogUdpPort > 0 || config.syslogTcpPort > 0 || config.syslogTlsPort > 0;
}

/**
 * Starts the syslog listener with the configured ports. CEF messages go to the tenant whose
 * claimed network the sender is in (`syslog_sources`), else to BULWARK_SYSLOG_DEFAULT_TENANT.
 */
export async function startSyslog(
  deps: SinkDeps,
  config: SyslogConfig,
  ports: Partial<Record<'udp' | 'tcp' | 'tls', number | 'any'>> = {},
): Promise<RunningSyslog> {
  let map = await loadTenantMap(deps, config.syslogDefaultTenant);
  const sink = new SyslogSink(deps, cefFormat);
  const listener = new SyslogListener(
    sink,
    () => map,
    {
      host: config.syslogHost,
      udpPort: ports.udp ?? config.syslogUdpPort,
      tcpPort: ports.tcp ?? config.syslogTcpPort,
      tlsPort: ports.tls ?? config.syslogTlsPort,
      tlsCert: config.syslogTlsCert,
      tlsKey: config.syslogTlsKey,
      maxMessageBytes: config.syslogMaxMessageBytes,
    },
    deps.logger,
  );
  sink.start();
  const listening = await listener.start();
  const refresh = setInterval(() => {
    loadTenantMap(deps, config.syslogDefaultTenant)
      .then((m) => (map = m))
      .catch((error: unknown) =>
        deps.logger.error({ err: error }, 'syslog tenant map not refreshed'),
      );
  }, MAP_REFRESH_MS);
  refresh.unref();
  deps.logger.info({ ...listening, host: config.syslogHost }, 'syslog listening');
  return {
    ports: listening,
    sink,
    stop: async () => {
      clearInterval(refresh);
      await listener.stop();
      await sink.stop();
      deps.logger.info({ ...sink.counts }, 'syslog stopped');
    },
  };
}

async function loadTenantMap(deps: SinkDeps, defaultSlug: string): Promise<TenantMap> {
  const fallback = defaultSlug ? await findTenantBySlug(deps.db, defaultSlug) : undefined;
  if (defaultSlug && !fallback)
    deps.logger.warn({ tenant: defaultSlug }, 'BULWARK_SYSLOG_DEFAULT_TENANT names no tenant');
  return new TenantMap(await listAllSyslogSources(deps.db), fallback?.id);
}
