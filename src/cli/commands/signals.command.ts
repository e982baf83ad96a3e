import type { Command } from 'commander';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { requireSecrets } from '../../secrets/secret-box.factory.js';
import { secretBoxOf } from '../../secrets/secret-box.factory.js';
import { listSyslogSources } from '../../transports/syslog/syslog-source.repository.js';
import {
  addSyslogSource,
  removeSyslogSource,
} from '../../transports/syslog/syslog-source.service.js';
import { rotateWebhookSecret } from '../../transports/webhooks/webhook.service.js';
import { globalOptions, withTenant } from '../context.js';

/** `bulwark webhook secret` and `bulwark syslog source …`: how signals reach a tenant. */
export function registerSignals(program: Command): void {
  program
    .command('webhook')
    .description('Signed webhooks')
    .command('secret')
    .description('Set a new random secret for a webhook source and print it (shown only now)')
    .argument('<source>', 'the input format, e.g. gophish')
    .action(async (source: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant, config) => {
        const box = requireSecrets(secretBoxOf(config));
        const secret = await rotateWebhookSecret(
          { db, secrets: box, now: Date.now() },
          tenant.id,
          source,
        );
        await recordAudit(db, tenant.id, {
          action: 'webhook.secret_set',
          ...cliActor,
          target: `webhook:${source}`,
          details: {},
        });
        process.stdout.write(
          `secret: ${secret}\nurl: <public URL>/api/v1/webhooks/${source}/${tenant.slug}\n` +
            (source === 'gophish'
              ? 'In GoPhish: Webhooks → New, with this URL and secret.\n'
              : 'Sign each request: X-Bulwark-Timestamp (Unix seconds) and X-Bulwark-Signature: sha256=HMAC-SHA256(secret, "<timestamp>.<body>") in hex.\n'),
        );
      });
    });

  const source = program
    .command('syslog')
    .description('Syslog listener')
    .command('source')
    .description('Sender networks whose syslog goes to the tenant');

  source
    .command('add')
    .argument('<network>', 'an address or CIDR block, e.g. 10.20.0.0/16')
    .action(async (network: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const added = await addSyslogSource(db, tenant.id, network, Date.now());
        await recordAudit(db, tenant.id, {
          action: 'syslog.sources_changed',
          ...cliActor,
          target: 'syslog',
          details: { added },
        });
        process.stdout.write(
          `syslog from ${added} now goes to tenant ${tenant.slug} (a running server picks it up within 30 s)\n`,
        );
      });
    });

  source.command('list').action(async (_options: unknown, command: Command) => {
    await withTenant(globalOptions(command), 'read', async (db, tenant) => {
      for (const n of await listSyslogSources(db, tenant.id)) process.stdout.write(`${n}\n`);
    });
  });

  source
    .command('remove')
    .argument('<network>', 'a network added before')
    .action(async (network: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        await removeSyslogSource(db, tenant.id, network);
        await recordAudit(db, tenant.id, {
          action: 'syslog.sources_changed',
          ...cliActor,
          target: 'syslog',
          details: { removed: network },
        });
        process.stdout.write(`syslog from ${network} no longer goes to tenant ${tenant.slug}\n`);
      });
    });
}
