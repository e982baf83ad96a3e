import type { Command } from 'commander';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Config } from '../../config/config.js';
import type { DestinationKind } from '../../destinations/destination.js';
import { destinationKinds } from '../../destinations/destination.js';
import type { DestinationRuntime } from '../../destinations/destination-runtime.js';
import { createDestinationRuntime } from '../../destinations/destination-runtime.js';
import {
  listDestinationsWithStatus,
  withStatus,
} from '../../destinations/destination-status.service.js';
import {
  changeDestination,
  createDestination,
  getDestination,
  removeDestination,
} from '../../destinations/destination.service.js';
import { destinationDeliverer, sendTo } from '../../destinations/delivery.js';
import { messageKinds } from '../../destinations/destination.js';
import { listMessages, replayDead } from '../../destinations/outbox.repository.js';
import { OutboxWorker } from '../../destinations/outbox.worker.js';
import { feedAll } from '../../destinations/risk-feed.service.js';
import { ssfDelivererMap } from '../../ssf/ssf.start.js';
import { identityKinds } from '../../directory/identity.js';
import type { IdentityKind } from '../../directory/identity.js';
import { createLogger } from '../../logging/logger.js';
import type { Level } from '../../risk/index.js';
import { levels } from '../../risk/index.js';
import { systemClock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Db } from '../../storage/db.js';
import { globalOptions, withDb, withTenant } from '../context.js';
import { readCredentials, settingsOf } from './connector.command.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ChangeOptions {
  set?: string[];
  credentialsFile?: string;
  minLevel?: string;
  kinds?: string;
}

function runtime(db: Db, config: Config): DestinationRuntime {
  return createDestinationRuntime({ db, config, logger: createLogger('warn'), clock: systemClock });
}

function levelOf(text: string | undefined): Level | undefined {
  if (text === undefined) return undefined;
  if (!(levels as readonly string[]).includes(text))
    throw new AppError('VALIDATION_FAILED', `--min-level ${text}: one of ${levels.join(', ')}`);
  return text as Level;
}

function kindsOf(text: string | undefined): IdentityKind[] | undefined {
  if (text === undefined) return undefined;
  const kinds = text.split(',').map((k) => k.trim());
  const bad = kinds.find((k) => !(identityKinds as readonly string[]).includes(k));
  if (bad !== undefined || kinds.length === 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `--kinds ${text}: a list of ${identityKinds.join(', ')}`,
    );
  return kinds as IdentityKind[];
}

function kindOf(text: string): DestinationKind {
  if (!(destinationKinds as readonly string[]).includes(text))
    throw new AppError(
      'VALIDATION_FAILED',
      `unknown destination kind ${text}; use one of ${destinationKinds.join(', ')}`,
    );
  return text as DestinationKind;
}

export function registerDestination(program: Command): void {
  const destination = program
    .command('destination')
    .description(
      'Where risk changes go: Splunk HEC, CEF over syslog, signed webhooks, Okta, Entra',
    );
  registerAdd(destination);
  registerSet(destination);
  registerViews(destination);
  registerActions(destination);
}

function registerAdd(destination: Command): void {
  destination
    .command('add')
    .description('Configure a destination (credentials from a JSON file or stdin, never arguments)')
    .argument('<kind>', `one of ${destinationKinds.join(', ')}`)
    .argument('<name>', 'a name for this destination in the tenant')
    .option('--set <key=value>', 'a setting (repeatable); JSON values are parsed', collect)
    .option('--credentials-file <file>', 'JSON file with the credentials, or - for stdin')
    .option('--min-level <level>', `send changes at or above: ${levels.join(', ')}`, 'high')
    .option('--kinds <kinds>', 'identity kinds, comma-separated', 'person,agent')
    .action(async (kind: string, name: string, options: ChangeOptions, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
        const rt = runtime(db, config);
        const created = await createDestination(
          { db, secrets: rt.secrets, now: Date.now() },
          tenant.id,
          {
            kind: kindOf(kind),
            name,
            settings: settingsOf(options.set),
            credentials: readCredentials(options.credentialsFile),
            minLevel: levelOf(options.minLevel) ?? 'high',
            identityKinds: kindsOf(options.kinds) ?? ['person', 'agent'],
          },
        );
        await recordAudit(db, tenant.id, {
          action: 'destination.created',
          ...cliActor,
          target: `destination:${created.id}`,
          details: { kind, name, settings: created.settings },
        });
        process.stdout.write(
          `destination ${created.name} (${created.kind}) added to tenant ${tenant.slug}; try it with "bulwark destination test ${created.name}"\n`,
        );
      });
    });
}

function registerSet(destination: Command): void {
  destination
    .command('set')
    .description('Change a destination: settings, credentials, minimum level, kinds, enabled')
    .argument('<name>', 'destination name or id')
    .option(
      '--set <key=value>',
      'a setting (repeatable); replaces those given, keeps the others',
      collect,
    )
    .option('--credentials-file <file>', 'new credentials: JSON file, or - for stdin')
    .option('--min-level <level>', `send changes at or above: ${levels.join(', ')}`)
    .option('--kinds <kinds>', 'identity kinds, comma-separated')
    .option('--enable', 'send changes')
    .option('--disable', 'stop sending new changes (messages already queued are still delivered)')
    .action(
      async (
        name: string,
        options: ChangeOptions & { enable?: boolean; disable?: boolean },
        command: Command,
      ) => {
        await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
          const existing = await getDestination(db, tenant.id, name);
          const minLevel = levelOf(options.minLevel);
          const kinds = kindsOf(options.kinds);
          const changed = await changeDestination(
            { db, secrets: runtime(db, config).secrets, now: Date.now() },
            tenant.id,
            existing.id,
            {
              ...(options.set
                ? { settings: { ...existing.settings, ...settingsOf(options.set) } }
                : {}),
              ...(options.credentialsFile
                ? { credentials: readCredentials(options.credentialsFile) }
                : {}),
              ...(minLevel ? { minLevel } : {}),
              ...(kinds ? { identityKinds: kinds } : {}),
              ...(options.enable ? { enabled: true } : options.disable ? { enabled: false } : {}),
            },
          );
          await recordAudit(db, tenant.id, {
            action: 'destination.changed',
            ...cliActor,
            target: `destination:${changed.id}`,
            details: {
              settings: changed.settings,
              credentialsReplaced: options.credentialsFile !== undefined,
              minLevel: changed.minLevel,
              identityKinds: changed.identityKinds,
              enabled: changed.enabled,
            },
          });
          printStatus(await withStatus(db, changed));
        });
      },
    );
}

function registerViews(destination: Command): void {
  destination
    .command('list')
    .description('Destinations of the tenant with their delivery counts')
    .action(async (_options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const items = await listDestinationsWithStatus(db, tenant.id);
        if (items.length === 0)
          process.stdout.write(
            `tenant ${tenant.slug} has no destinations; add one with "bulwark destination add"\n`,
          );
        for (const d of items)
          process.stdout.write(
            `${d.name}\t${d.kind}\t${d.enabled ? 'enabled' : 'disabled'}\t>= ${d.minLevel}\tpending ${d.status.pending}\tdelivered ${d.status.delivered}\tdead ${d.status.dead}\t${d.status.lastError ?? ''}\n`,
          );
      });
    });

  destination
    .command('status')
    .description('One destination: settings, what it receives, delivery counts and last error')
    .argument('<name>', 'destination name or id')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) =>
        printStatus(await withStatus(db, await getDestination(db, tenant.id, name))),
      );
    });

  destination
    .command('dead')
    .description('Messages that could not be delivered, with why, oldest first')
    .argument('<name>', 'destination name or id')
    .option('--limit <n>', 'how many', '50')
    .action(async (name: string, options: { limit: string }, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const d = await getDestination(db, tenant.id, name);
        const dead = await listMessages(db, tenant.id, d.id, 'dead', {
          limit: Number(options.limit) || 50,
        });
        if (dead.length === 0) process.stdout.write(`${d.name} has no dead messages\n`);
        for (const m of dead)
          process.stdout.write(
            `${m.id}\t${new Date(m.createdAt).toISOString()}\t${m.idempotencyKey}\t${m.attempts} attempts\t${m.lastError ?? ''}\n`,
          );
      });
    });
}

function registerActions(destination: Command): void {
  destination
    .command('test')
    .description('Send a test message now and print what the receiver answered')
    .argument('<name>', 'destination name or id')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant, config) => {
        const d = await getDestination(db, tenant.id, name);
        const result = await sendTo(runtime(db, config), d, {
          type: 'test',
          id: `test:${newId()}`,
          at: Date.now(),
        });
        if (result.outcome === 'delivered') process.stdout.write(`${d.name}: delivered\n`);
        else {
          process.stdout.write(
            `${d.name}: ${result.outcome === 'retry' ? 'not delivered (would be retried)' : 'refused'}: ${result.error}\n`,
          );
          process.exitCode = 1;
        }
      });
    });

  destination
    .command('replay')
    .description('Try dead messages again: the given ids, or every dead one')
    .argument('<name>', 'destination name or id')
    .option('--id <id>', 'a message id (repeatable)', collect)
    .action(async (name: string, options: { id?: string[] }, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const d = await getDestination(db, tenant.id, name);
        const replayed = await replayDead(db, tenant.id, d.id, options.id ?? 'all', Date.now());
        await recordAudit(db, tenant.id, {
          action: 'destination.replayed',
          ...cliActor,
          target: `destination:${d.id}`,
          details: { replayed },
        });
        process.stdout.write(
          `${replayed} message(s) of ${d.name} will be tried again by "bulwark serve" or "bulwark destination deliver"\n`,
        );
      });
    });

  destination
    .command('deliver')
    .description(
      'For every tenant: queue what changed since the last pass and deliver due messages now (what "serve" does in the background)',
    )
    .action(async (_options: unknown, command: Command) => {
      await withDb(globalOptions(command), async (db, config) => {
        const rt = runtime(db, config);
        const made = await feedAll(rt);
        const deliverer = destinationDeliverer(rt);
        const kinds = new Set<string>(Object.values(messageKinds));
        const ssf = ssfDelivererMap(db, config);
        const worker = new OutboxWorker({
          db,
          clock: systemClock,
          logger: rt.logger,
          policy: rt.outbox,
          // Shared Signals SETs share the outbox (docs/ssf.md).
          deliverers: (kind) => (kinds.has(kind) ? deliverer : ssf.get(kind)),
        });
        let tried = 0;
        for (let n = await worker.tick(); n > 0; n = await worker.tick()) tried += n;
        process.stdout.write(`${made} message(s) queued, ${tried} delivery attempt(s) made\n`);
      });
    });

  destination
    .command('remove')
    .description('Remove a destination, its stored credentials and its messages')
    .argument('<name>', 'destination name or id')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const d = await removeDestination(db, tenant.id, name);
        await recordAudit(db, tenant.id, {
          action: 'destination.removed',
          ...cliActor,
          target: `destination:${d.id}`,
          details: { kind: d.kind, name: d.name },
        });
        process.stdout.write(`destination ${d.name} removed\n`);
      });
    });
}

function printStatus(d: Awaited<ReturnType<typeof withStatus>>): void {
  const s = d.status;
  const lines = [
    `${d.name} (${d.kind}), ${d.enabled ? 'enabled' : 'disabled'}, levels ${d.minLevel} and above, ${d.identityKinds.join(' and ')}`,
    `settings: ${JSON.stringify(d.settings)}`,
    `credentials: ${d.credentials}`,
    `messages: ${s.pending} pending, ${s.delivered} delivered, ${s.dead} dead`,
  ];
  if (s.lastError) lines.push(`last error (${s.lastErrorAt ?? ''}): ${s.lastError}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
