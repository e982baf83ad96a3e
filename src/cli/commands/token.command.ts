import type { Command } from 'commander';
import { Option } from 'commander';
import { roles } from '../../auth/roles.js';
import { listTokens, revokeToken } from '../../auth/token.repository.js';
import { createToken } from '../../auth/token.service.js';
import { AppError } from '../../shared/errors.js';
import { globalOptions, withTenant } from '../context.js';
import { cliActor } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('Create an API token; it is printed once and only its hash is kept')
    .addOption(
      new Option('--role <role>', 'what the token may do').choices(roles).makeOptionMandatory(),
    )
    .requiredOption('--name <name>', 'what the token is for')
    .option('--subject <email>', 'for manager and employee tokens: the person it belongs to')
    .option('--department <name>', 'limit the token to a department (repeatable)', collect)
    .option('--business-unit <name>', 'limit the token to a business unit (repeatable)', collect)
    .action(
      async (
        options: {
          role: string;
          name: string;
          subject?: string;
          department?: string[];
          businessUnit?: string[];
        },
        command: Command,
      ) => {
        await withTenant(globalOptions(command), 'write', async (db, tenant) => {
          const scope = {
            ...(options.department ? { departments: options.department } : {}),
            ...(options.businessUnit ? { businessUnits: options.businessUnit } : {}),
          };
          const created = await createToken(db, tenant.id, {
            name: options.name,
            role: options.role,
            subject: options.subject,
            scope,
          });
          await recordAudit(db, tenant.id, {
            action: 'token.created',
            ...cliActor,
            target: `token:${created.record.id}`,
            details: { name: created.record.name, role: created.record.role, scope },
          });
          process.stderr.write(
            `Created ${created.record.role} token "${created.record.name}" (id ${created.record.id}) for tenant ${tenant.slug}. It is shown only now:\n`,
          );
          process.stdout.write(`${created.token}\n`);
        });
      },
    );
  token
    .command('list')
    .description('List tokens (never their secrets)')
    .action(async (_options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        for (const t of await listTokens(db, tenant.id)) {
          process.stdout.write(
            `${t.id}  ${t.prefix}…  ${t.role.padEnd(8)}  ${t.name}${t.revokedAt ? '  (revoked)' : ''}\n`,
          );
        }
      });
    });
  token
    .command('revoke')
    .description('Revoke a token by id')
    .argument('<id>')
    .action(async (id: string, _options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        if (!(await revokeToken(db, tenant.id, id, Date.now())))
          throw new AppError('TOKEN_NOT_FOUND', `no active token ${id} in tenant ${tenant.slug}`);
        await recordAudit(db, tenant.id, {
          action: 'token.revoked',
          ...cliActor,
          target: `token:${id}`,
        });
        process.stdout.write(`revoked ${id}\n`);
      });
    });
}
