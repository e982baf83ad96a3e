import { parseCidr } from '../outbound/network-policy.js';
import { parseSecretKey } from '../secrets/secret-box.js';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../storage/url.js';

/** One setting: its environment variable, a one-line description and how to read it. */
interface Setting<T> {
  env: string;
  description: string;
  default: T;
  parse(raw: string): T | { problem: string };
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof logLevels)[number];
const defaultLogLevel: LogLevel = 'info';

function isLogLevel(raw: string): raw is LogLevel {
  return (logLevels as readonly string[]).includes(raw);
}

type CookieSecure = 'auto' | 'true' | 'false';
const defaultCookieSecure: CookieSecure = 'auto';

function integer(min: number, max: number) {
  return (raw: string): number | { problem: string } => {
    const value = Number(raw);
    return Number.isInteger(value) && value >= min && value <= max
      ? value
      : { problem: `must be a whole number from ${min} to ${max}, got "${raw}"` };
  };
}

function boolean(raw: string): boolean | { problem: string } {
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  return { problem: `must be true or false, got "${raw}"` };
}

export const settings = {
  databaseUrl: {
    env: 'BULWARK_DATABASE_URL',
    description: 'Database: sqlite:PATH or postgres://user@host:5432/db',
    default: DEFAULT_DATABASE_URL,
    parse: (raw: string) => {
      const target = parseDatabaseUrl(raw);
      return typeof target === 'string' ? { problem: target } : raw;
    },
  },
  host: {
    env: 'BULWARK_HOST',
    description: 'Address the HTTP server listens on (0.0.0.0 for every interface)',
    default: '127.0.0.1',
    parse: (raw: string) => (raw.trim() ? raw.trim() : { problem: 'must not be empty' }),
  },
  port: {
    env: 'BULWARK_PORT',
    description: 'TCP port of the HTTP server',
    default: 8080,
    parse: integer(0, 65535),
  },
  logLevel: {
    env: 'BULWARK_LOG_LEVEL',
    description: `Log level: ${logLevels.join(', ')}`,
    default: defaultLogLevel,
    parse: (raw: string) =>
      isLogLevel(raw) ? raw : { problem: `must be one of ${logLevels.join(', ')}, got "${raw}"` },
  },
  bodyLimitBytes: {
    env: 'BULWARK_BODY_LIMIT_BYTES',
    description: 'Largest accepted HTTP request body, in bytes',
    default: 16 * 1024 * 1024,
    parse: integer(1024, 1024 * 1024 * 1024),
  },
  trustProxy: {
    env: 'BULWARK_TRUST_PROXY',
    description: 'Trust X-Forwarded-* headers from a reverse proxy',
    default: false,
    parse: boolean,
  },
  shutdownGraceMs: {
    env: 'BULWARK_SHUTDOWN_GRACE_MS',
    description: 'How long shutdown waits for requests in flight before giving up',
    default: 10_000,
    parse: integer(0, 600_000),
  },
  publicUrl: {
    env: 'BULWARK_PUBLIC_URL',
    description:
      'Address people reach Bulwark at, for sign-in links and SSO redirects (empty: http://localhost:PORT)',
    default: '',
    parse: (raw: string) => {
      const url = URL.canParse(raw) ? new URL(raw) : undefined;
      return url && (url.protocol === 'https:' || url.protocol === 'http:')
        ? raw.replace(/\/+$/, '')
        : { problem: `must be an http:// or https:// URL, got "${raw}"` };
    },
  },
  cookieSecure: {
    env: 'BULWARK_COOKIE_SECURE',
    description:
      'Mark session cookies Secure: auto (unless the public URL is plain http on localhost), true or false',
    default: defaultCookieSecure,
    parse: (raw: string) =>
      raw === 'auto' || raw === 'true' || raw === 'false'
        ? raw
        : { problem: `must be auto, true or false, got "${raw}"` },
  },
  sessionIdleMinutes: {
    env: 'BULWARK_SESSION_IDLE_MINUTES',
    description: 'A session ends after this many minutes without a request',
    default: 30,
    parse: integer(1, 24 * 60),
  },
  sessionMaxHours: {
    env: 'BULWARK_SESSION_MAX_HOURS',
    description: 'A session ends this many hours after sign-in, however active',
    default: 12,
    parse: integer(1, 30 * 24),
  },
  smtpUrl: {
    env: 'BULWARK_SMTP_URL',
    description:
      'SMTP server for sign-in links: smtp://user:pass@host:587 (empty: no mail is sent)',
    default: '',
    parse: (raw: string) =>
      /^smtps?:\/\//.test(raw) && URL.canParse(raw)
        ? raw
        : { problem: 'must be an smtp:// or smtps:// URL' },
  },
  mailFrom: {
    env: 'BULWARK_MAIL_FROM',
    description: 'Sender address of the mail Bulwark sends',
    default: 'bulwark@localhost',
    parse: (raw: string) =>
      /^[^\s@]+@[^\s@]+$/.test(raw) ? raw : { problem: `must be an email address, got "${raw}"` },
  },
  secretKey: {
    env: 'BULWARK_SECRET_KEY',
    description:
      'Key that encrypts credentials at rest (connectors, webhooks, destinations, TOTP and OIDC client secrets): 32 random bytes in base64 (openssl rand -base64 32); empty: with SQLite, a key kept in secret.key beside the database; with PostgreSQL, none can be stored',
    default: '',
    parse: (raw: string) => {
      const key = parseSecretKey(raw);
      return typeof key === 'string' ? { problem: key } : raw.trim();
    },
  },
  outboundAllowPrivate: {
    env: 'BULWARK_OUTBOUND_ALLOW_PRIVATE',
    description:
      'Private, loopback or link-local networks that connectors may reach anyway, as CIDR blocks separated by commas (empty: none)',
    default: [] as string[],
    parse: (raw: string) => {
      const blocks = raw
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean);
      const bad = blocks.map(parseCidr).find((p) => typeof p === 'string');
      return typeof bad === 'string' ? { problem: bad } : blocks;
    },
  },
  outboundTimeoutMs: {
    env: 'BULWARK_OUTBOUND_TIMEOUT_MS',
    description: 'Longest time one outbound request (with its redirects) may take',
    default: 30_000,
    parse: integer(100, 600_000),
  },
  outboundMaxResponseBytes: {
    env: 'BULWARK_OUTBOUND_MAX_RESPONSE_BYTES',
    description: 'Largest answer read from a vendor API, in bytes',
    default: 32 * 1024 * 1024,
    parse: integer(1024, 1024 * 1024 * 1024),
  },
  connectorsEnabled: {
    env: 'BULWARK_CONNECTORS_ENABLED',
    description: 'Run scheduled connector pulls inside "bulwark serve"',
    default: true,
    parse: boolean,
  },
  destinationsEnabled: {
    env: 'BULWARK_DESTINATIONS_ENABLED',
    description:
      'Send risk changes to the configured destinations and deliver the outbox inside "bulwark serve"',
    default: true,
    parse: boolean,
  },
  outboxMaxAttempts: {
    env: 'BULWARK_OUTBOX_MAX_ATTEMPTS',
    description: 'Tries of one outgoing message before it is kept as dead (replayable)',
    default: 12,
    parse: integer(1, 1000),
  },
  outboxMaxAgeHours: {
    env: 'BULWARK_OUTBOX_MAX_AGE_HOURS',
    description: 'Hours an outgoing message is tried before it is kept as dead (replayable)',
    default: 72,
    parse: integer(1, 24 * 90),
  },
  webhookBodyLimitBytes: {
    env: 'BULWARK_WEBHOOK_BODY_LIMIT_BYTES',
    description: 'Largest accepted webhook body, in bytes',
    default: 256 * 1024,
    parse: integer(1024, 16 * 1024 * 1024),
  },
  syslogHost: {
    env: 'BULWARK_SYSLOG_HOST',
    description: 'Address the syslog listeners bind to (0.0.0.0 for every interface)',
    default: '127.0.0.1',
    parse: (raw: string) => (raw.trim() ? raw.trim() : { problem: 'must not be empty' }),
  },
  syslogUdpPort: {
    env: 'BULWARK_SYSLOG_UDP_PORT',
    description: 'UDP port of the syslog listener (RFC 5426); 0: off',
    default: 0,
    parse: integer(0, 65535),
  },
  syslogTcpPort: {
    env: 'BULWARK_SYSLOG_TCP_PORT',
    description: 'TCP port of the syslog listener (octet counting or LF framing); 0: off',
    default: 0,
    parse: integer(0, 65535),
  },
  syslogTlsPort: {
    env: 'BULWARK_SYSLOG_TLS_PORT',
    description: 'TLS port of the syslog listener (RFC 5425); 0: off',
    default: 0,
    parse: integer(0, 65535),
  },
  syslogTlsCert: {
    env: 'BULWARK_SYSLOG_TLS_CERT',
    description: 'PEM certificate file of the syslog TLS listener',
    default: '',
    parse: (raw: string) => raw.trim(),
  },
  syslogTlsKey: {
    env: 'BULWARK_SYSLOG_TLS_KEY',
    description: 'PEM private key file of the syslog TLS listener',
    default: '',
    parse: (raw: string) => raw.trim(),
  },
  syslogMaxMessageBytes: {
    env: 'BULWARK_SYSLOG_MAX_MESSAGE_BYTES',
    description: 'Largest syslog message accepted; longer ones are dead-lettered',
    default: 64 * 1024,
    parse: integer(480, 1024 * 1024),
  },
  syslogDefaultTenant: {
    env: 'BULWARK_SYSLOG_DEFAULT_TENANT',
    description:
      'Tenant (slug) for syslog senders that no tenant has claimed by address (empty: such messages are refused)',
    default: '',
    parse: (raw: string) => raw.trim(),
  },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof settings;
export type Config = { [K in keyof Settings]: Settings[K]['default'] };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds the configuration from environment variables and command-line overrides, checking every
 * setting and reporting all problems at once.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: Partial<Record<keyof Config, string>> = {},
): Config {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(settings) as [keyof Config, Setting<unknown>][]) {
    const raw = overrides[key] ?? env[setting.env];
    if (raw === undefined || raw === '') {
      config[key] = setting.default;
      continue;
    }
    const value = setting.parse(raw);
    if (isProblem(value)) problems.push(`${setting.env}: ${value.problem}`);
    else config[key] = value;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as Config;
}

function isProblem(value: unknown): value is { problem: string } {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** Lines for `.env.example` and the README: every setting with its description and default. */
export function describeSettings(): string[] {
  return Object.values(settings).map(
    (s: Setting<unknown>) => `${s.env}=${String(s.default)}  # ${s.description}`,
  );
}
