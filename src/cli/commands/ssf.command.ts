import fs from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { publicUrlOf } from '../../accounts/cookie-policy.js';
import { cliActor } from '../../accounts/actor.js';
import type { AuditAction } from '../../audit/audit.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Config } from '../../config/config.js';
import { countMessages, emptyCounts, lastError } from '../../destinations/outbox.repository.js';
import { secretBoxOf } from '../../secrets/secret-box.factory.js';
import { AppError } from '../../shared/errors.js';
import type { Db } from '../../storage/db.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { feedStreams } from '../../ssf/feed.service.js';
import { rotateKey } from '../../ssf/key.service.js';
import { eventTypes, streamStatuses, type StreamStatus } from '../../ssf/ssf.js';
import {
  createStream,
  listVisibleStreams,
  removeStream,
  requestVerification,
  setStatus,
  type StreamDeps,
} from '../../ssf/stream.service.js';
import { transmitterUrls } from '../../ssf/transmitter.js';
import { globalOptions, withDb, withTenant } from '../context.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const shortEvents: Record<string, string> = {
  'risk-level-change': eventTypes.riskLevelChange,
  'credential-compromise': eventTypes.credentialCompromise,
};

/** The CLI acts as the tenant's owner: it sees and changes every stream. */
const cliViewer = (tenant: Tenant): Viewer => ({
  tenantId: tenant.id,
  role: 'owner',
  subjectId: null,
  scope: {},
  actor: cliActor.actor,
});

const deps = (db: Db, config: Config): StreamDeps => ({
  db,
  secrets: secretBoxOf(config),
  publicUrl: publicUrlOf(config),
  now: Date.now(),
});

const audit = (db: Db, tenant: Tenant, action: AuditAction, target: string, details = {}) =>
  recordAudit(db, tenant.id, { action, ...cliActor, target, details });

/** The header value from a file or stdin: never on the command line, where `ps` would show it. */
function authorizationFrom(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const value = fs.readFileSync(file === '-' ? 0 : file, 'utf8').trim();
  if (!value || /[\r\n]/.test(value))
    throw new AppError(
      'VALIDATION_FAILED',
      `${file === '-' ? 'stdin' : file}: must hold one line, the Authorization header value`,
    );
  return value;
}

/** `bulwark ssf`: the tenant's Shared Signals transmitter (docs/ssf.md). */
export function registerSsf(program: Command): void {
  const ssf = program.command('ssf').description('Shared Signals transmitter: streams and keys');

  ssf
    .command('info')
    .description("The tenant's issuer, metadata and JWKS addresses")
    .action(async (_options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', (_db, tenant, config) => {
        const urls = transmitterUrls(publicUrlOf(config), tenant.slug);
        process.stdout.write(
          `issuer    ${urls.issuer}\nmetadata  ${urls.metadata}\njwks      ${urls.jwks}\n`,
        );
        return Promise.resolve();
      });
    });

  ssf
    .command('streams')
    .description('Streams of the tenant with their status and deliveries (never their secrets)')
    .action(async (_options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const counts = await countMessages(db, tenant.id);
        for (const s of await listVisibleStreams(db, cliViewer(tenant))) {
          const c = counts.get(s.id) ?? emptyCounts();
          const error = (await lastError(db, tenant.id, s.id))?.error ?? '';
          process.stdout.write(
            `${s.id}\t${s.status}\t${s.endpointUrl}\tpending ${c.pending + c.delivering}\tdelivered ${c.delivered}\tdead ${c.dead}\t${error}\n`,
          );
        }
      });
    });

  ssf
    .command('create')
    .description('Create a push stream for a receiver that does not create its own (e.g. Okta)')
    .requiredOption('--endpoint <url>', "the receiver's push endpoint (RFC 8935)")
    .option(
      '--authorization-file <path>',
      'file (or - for stdin) holding the Authorization header to send; stored encrypted',
    )
    .option('--aud <audience>', 'audience of the SETs (default: the endpoint origin)')
    .addOption(
      new Option('--event <type>', 'event to send (repeatable; default both)')
        .choices(Object.keys(shortEvents))
        .argParser(collect),
    )
    .option('--description <text>', 'what the stream is for')
    .action(
      async (
        options: {
          endpoint: string;
          authorizationFile?: string;
          aud?: string;
          event?: string[];
          description?: string;
        },
        command: Command,
      ) => {
        await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
          const events = (options.event ?? Object.keys(shortEvents)).map((e) => shortEvents[e]!);
          const created = await createStream(deps(db, config), cliViewer(tenant), {
            delivery: {
              method: 'urn:ietf:rfc:8935',
              endpoint_url: options.endpoint,
              authorization_header: authorizationFrom(options.authorizationFile),
            },
            events_requested: events,
            aud: options.aud,
            description: options.description,
          });
          await audit(db, tenant, 'ssf.stream_created', `ssf-stream:${created.stream_id}`, {
            endpoint: created.delivery.endpoint_url,
            events: created.events_delivered,
          });
          process.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
        });
      },
    );

  ssf
    .command('status')
    .description('Enable, pause or disable a stream (the receiver gets a stream-updated SET)')
    .argument('<stream-id>')
    .addOption(
      new Option('--set <status>', 'new status').choices(streamStatuses).makeOptionMandatory(),
    )
    .option('--reason <text>', 'why')
    .action(
      async (id: string, options: { set: StreamStatus; reason?: string }, command: Command) => {
        await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
          const status = await setStatus(deps(db, config), cliViewer(tenant), id, {
            status: options.set,
            reason: options.reason,
          });
          await audit(db, tenant, 'ssf.stream_status', `ssf-stream:${id}`, { ...status });
          process.stdout.write(`${id}: ${status.status}\n`);
        });
      },
    );

  ssf
    .command('verify')
    .description('Queue a verification SET on a stream')
    .argument('<stream-id>')
    .option('--state <text>', 'value echoed in the SET')
    .action(async (id: string, options: { state?: string }, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
        await requestVerification(deps(db, config), cliViewer(tenant), id, options.state);
        process.stdout.write(`verification queued on ${id}\n`);
      });
    });

  ssf
    .command('remove')
    .description('Delete a stream and the SETs it had yet to deliver')
    .argument('<stream-id>')
    .action(async (id: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
        await removeStream(deps(db, config), cliViewer(tenant), id);
        await audit(db, tenant, 'ssf.stream_removed', `ssf-stream:${id}`);
        process.stdout.write(`removed ${id}\n`);
      });
    });

  ssf
    .command('rotate-key')
    .description('Replace the signing key; the old public key stays in the JWKS for 7 days')
    .action(async (_options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
        const key = await rotateKey(
          { db, secrets: secretBoxOf(config), now: Date.now() },
          tenant.id,
        );
        await audit(db, tenant, 'ssf.key_rotated', `ssf-key:${key.kid}`);
        process.stdout.write(`signing key ${key.kid}\n`);
      });
    });

  ssf
    .command('feed')
    .description(
      'For every tenant: queue the SETs of level changes and takeovers since the last pass (then "bulwark destination deliver" sends them)',
    )
    .action(async (_options: unknown, command: Command) => {
      await withDb(globalOptions(command), async (db, config) => {
        const r = await feedStreams({ db, publicUrl: publicUrlOf(config), now: () => Date.now() });
        process.stdout.write(
          `${r.levelChanges} risk-level-change and ${r.compromises} credential-compromise SET(s) queued\n`,
        );
      });
    });
}
