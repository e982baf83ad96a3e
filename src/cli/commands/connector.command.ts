import fs from 'node:fs';
import type { Command } from 'commander';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { catalogForTenant } from '../../catalog/catalog.service.js';
import type { Connector } from '../../connectors/connector.js';
import { connectorKinds, isConnectorKind } from '../../connectors/connector.js';
import { claimConnector, listConnectors } from '../../connectors/connector.repository.js';
import { createConnectorRuntime } from '../../connectors/connector-runtime.factory.js';
import { runConnector } from '../../connectors/connector-run.service.js';
import {
  changeConnector,
  createConnector,
  getConnector,
  removeConnector,
} from '../../connectors/connector.service.js';
import { createLogger } from '../../logging/logger.js';
import { systemClock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import type { Config } from '../../config/config.js';
import type { Db } from '../../storage/db.js';
import { globalOptions, withTenant } from '../context.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ChangeOptions {
  set?: string[];
  credentialsFile?: string;
  interval?: string;
}

export function registerConnector(program: Command): void {
  const connector = program
    .command('connector')
    .description(
      'Pull connectors: Okta, Microsoft Graph, Proofpoint TAP, CrowdStrike, KnowBe4, GoPhish',
    );

  connector
    .command('add')
    .description(
      'Configure a connector (credentials are read from a JSON file or stdin, never from arguments)',
    )
    .argument('<kind>', `one of ${connectorKinds.join(', ')}`)
    .argument('<name>', 'a name for this connector in the tenant')
    .option(
      '--set <key=value>',
      'a setting (repeatable); JSON values such as 500, true or ["a"] are parsed',
      collect,
    )
    .requiredOption('--credentials-file <file>', 'JSON file with the credentials, or - for stdin')
    .option('--interval <seconds>', 'seconds between scheduled runs', '900')
    .action(async (kind: string, name: string, options: ChangeOptions, command: Command) => {
      if (!isConnectorKind(kind))
        throw new AppError(
          'VALIDATION_FAILED',
          `unknown connector kind ${kind}; use one of ${connectorKinds.join(', ')}`,
        );
      await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
        const created = await createConnector(deps(db, config), tenant.id, {
          kind,
          name,
          settings: settingsOf(options.set),
          credentials: readCredentials(options.credentialsFile),
          intervalSeconds: intervalOf(options.interval),
        });
        await recordAudit(db, tenant.id, {
          action: 'connector.created',
          ...cliActor,
          target: `connector:${created.id}`,
          details: { kind, name, settings: created.settings },
        });
        process.stdout.write(
          `connector ${created.name} (${created.kind}) added to tenant ${tenant.slug}; first run within a minute of "bulwark serve", or now with "bulwark connector run ${created.name}"\n`,
        );
      });
    });

  connector
    .command('set')
    .description('Change a connector: settings, credentials, interval, enabled')
    .argument('<name>', 'connector name or id')
    .option(
      '--set <key=value>',
      'a setting (repeatable); replaces the settings given, keeps the others',
      collect,
    )
    .option('--credentials-file <file>', 'new credentials: JSON file, or - for stdin')
    .option('--interval <seconds>', 'seconds between scheduled runs')
    .option('--enable', 'run on schedule')
    .option('--disable', 'stop scheduled runs')
    .action(
      async (
        name: string,
        options: ChangeOptions & { enable?: boolean; disable?: boolean },
        command: Command,
      ) => {
        await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
          const existing = await getConnector(db, tenant.id, name);
          const changed = await changeConnector(deps(db, config), tenant.id, existing.id, {
            ...(options.set
              ? { settings: { ...existing.settings, ...settingsOf(options.set) } }
              : {}),
            ...(options.credentialsFile
              ? { credentials: readCredentials(options.credentialsFile) }
              : {}),
            ...(options.interval ? { intervalSeconds: intervalOf(options.interval) } : {}),
            ...(options.enable ? { enabled: true } : options.disable ? { enabled: false } : {}),
          });
          await recordAudit(db, tenant.id, {
            action: 'connector.changed',
            ...cliActor,
            target: `connector:${changed.id}`,
            details: {
              settings: changed.settings,
              credentialsReplaced: options.credentialsFile !== undefined,
              intervalSeconds: changed.intervalSeconds,
              enabled: changed.enabled,
            },
          });
          printStatus(changed);
        });
      },
    );

  connector
    .command('list')
    .description('Connectors of the tenant with their last run')
    .action(async (_options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const items = await listConnectors(db, tenant.id);
        if (items.length === 0)
          process.stdout.write(
            `tenant ${tenant.slug} has no connectors; add one with "bulwark connector add"\n`,
          );
        for (const c of items)
          process.stdout.write(
            `${c.name}\t${c.kind}\t${c.enabled ? 'enabled' : 'disabled'}\t${c.status.state}\tevery ${c.intervalSeconds}s\t${c.status.lastError ?? ''}\n`,
          );
      });
    });

  connector
    .command('status')
    .description('One connector: settings, schedule, last run, counts and last error')
    .argument('<name>', 'connector name or id')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) =>
        printStatus(await getConnector(db, tenant.id, name)),
      );
    });

  connector
    .command('run')
    .description('Run a connector now and print what it did')
    .argument('<name>', 'connector name or id')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
        const c = await getConnector(db, tenant.id, name);
        const now = Date.now();
        if (!(await claimConnector(db, tenant.id, c.id, now, now + 30 * 60_000)))
          throw new AppError(
            'CONFLICT',
            `${c.name} is running now (in "bulwark serve"?); see "bulwark connector status ${c.name}"`,
          );
        const rt = createConnectorRuntime({
          db,
          config,
          logger: createLogger('warn'),
          clock: systemClock,
          catalogFor: (id) => catalogForTenant(db, id),
        });
        const outcome = await runConnector(rt, c);
        printStatus(await getConnector(db, tenant.id, c.id));
        if (!outcome.ok) process.exitCode = 1;
      });
    });

  connector
    .command('remove')
    .description('Remove a connector and its stored credentials')
    .argument('<name>', 'connector name or id')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const c = await getConnector(db, tenant.id, name);
        await removeConnector(db, tenant.id, c.id);
        await recordAudit(db, tenant.id, {
          action: 'connector.removed',
          ...cliActor,
          target: `connector:${c.id}`,
          details: { kind: c.kind, name: c.name },
        });
        process.stdout.write(`connector ${c.name} removed\n`);
      });
    });
}

function deps(db: Db, config: Config) {
  const rt = createConnectorRuntime({
    db,
    config,
    logger: createLogger('silent'),
    clock: systemClock,
    catalogFor: (id) => catalogForTenant(db, id),
  });
  return { db, secrets: rt.secrets, now: Date.now() };
}

/** `key=value` pairs; a value that reads as JSON (number, boolean, array, object) is parsed. */
export function settingsOf(pairs: readonly string[] = []): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new AppError('VALIDATION_FAILED', `--set ${pair}: expected key=value`);
    const raw = pair.slice(eq + 1);
    settings[pair.slice(0, eq)] = /^(-?\d+(\.\d+)?|true|false|\[.*\]|\{.*\})$/.test(raw)
      ? (JSON.parse(raw) as unknown)
      : raw;
  }
  return settings;
}

export function readCredentials(file: string | undefined): unknown {
  if (!file) return {};
  const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(
      'VALIDATION_FAILED',
      `${file === '-' ? 'stdin' : file}: the credentials must be a JSON object, e.g. {"apiKey":"…"}`,
    );
  }
}

function intervalOf(text: string | undefined): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 60)
    throw new AppError('VALIDATION_FAILED', `--interval ${text}: whole seconds, at least 60`);
  return n;
}

function printStatus(c: Connector): void {
  const s = c.status;
  const at = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toISOString());
  const lines = [
    `${c.name} (${c.kind}), ${c.enabled ? 'enabled' : 'disabled'}, every ${c.intervalSeconds}s, next run ${at(c.nextRunAt)}`,
    `settings: ${JSON.stringify(c.settings)}`,
    'credentials: stored encrypted',
    `state: ${s.state}; runs ${s.runs}, failures ${s.failures} (${s.consecutiveFailures} in a row)`,
    `last run: started ${at(s.lastStartedAt)}, finished ${at(s.lastFinishedAt)}, last success ${at(s.lastSuccessAt)}`,
  ];
  if (s.lastCounts) {
    const k = s.lastCounts;
    lines.push(
      `last counts: ${k.pages} pages, ${k.records} records: ${k.stored} stored, ${k.duplicate} duplicate, ${k.rejected} rejected, ${k.ignored} ignored; ${k.retries} retries; ${k.people} people (${k.peopleHeld} not yet in the directory), ${k.aliasesAdded} aliases added, ${k.linkedEvents} events linked`,
    );
  }
  if (s.lastError) lines.push(`last error: ${s.lastError}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
