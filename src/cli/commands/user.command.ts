import type { Command } from 'commander';
import { Option } from 'commander';
import { cliActor } from '../../accounts/actor.js';
import { publicUrlOf } from '../../accounts/cookie-policy.js';
import { issueSignInLink } from '../../accounts/email-link.service.js';
import { findMembership } from '../../accounts/membership.repository.js';
import { listMembers } from '../../accounts/membership.repository.js';
import { findUserByEmail } from '../../accounts/user.repository.js';
import { addMembership, createMember } from '../../accounts/user.service.js';
import { personRoles } from '../../auth/roles.js';
import { AppError } from '../../shared/errors.js';
import { globalOptions, withTenant } from '../context.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface MembershipOptions {
  email: string;
  role: string;
  subject?: string;
  department?: string[];
  businessUnit?: string[];
}

function membershipOptions(command: Command): Command {
  return command
    .requiredOption('--email <email>', 'the person’s email address')
    .addOption(
      new Option('--role <role>', 'their role in the tenant')
        .choices(personRoles)
        .makeOptionMandatory(),
    )
    .option('--subject <email>', 'for managers and employees: their person in the directory')
    .option('--department <name>', 'limit the role to a department (repeatable)', collect)
    .option('--business-unit <name>', 'limit the role to a business unit (repeatable)', collect);
}

function membershipOf(options: MembershipOptions) {
  return {
    role: options.role,
    subject: options.subject,
    scope: {
      ...(options.department ? { departments: options.department } : {}),
      ...(options.businessUnit ? { businessUnits: options.businessUnit } : {}),
    },
  };
}

/** The first line of standard input, so that a password never appears in the process list. */
async function readPassword(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('People who sign in, and their roles');
  membershipOptions(user.command('create'))
    .description('Create a user with a role in the tenant (--tenant)')
    .option('--name <name>', 'display name')
    .option(
      '--password-stdin',
      'read a password from standard input (else: SSO or email link only)',
    )
    .action(
      async (
        options: MembershipOptions & { name?: string; passwordStdin?: boolean },
        command: Command,
      ) => {
        const password = options.passwordStdin ? await readPassword() : undefined;
        await withTenant(globalOptions(command), 'write', async (db, tenant) => {
          const created = await createMember(
            db,
            tenant.id,
            { email: options.email, name: options.name, password },
            membershipOf(options),
            cliActor,
          );
          process.stdout.write(
            `created user ${created.email} (id ${created.id}) as ${options.role} of tenant ${tenant.slug}\n`,
          );
        });
      },
    );

  membershipOptions(user.command('add-to-tenant'))
    .description('Give an existing user a role in another tenant (--tenant)')
    .action(async (options: MembershipOptions, command: Command) => {
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const found = await findUserByEmail(db, options.email);
        if (!found)
          throw new AppError(
            'USER_NOT_FOUND',
            `no user ${options.email}; create one with "bulwark user create"`,
          );
        await addMembership(db, tenant.id, found.id, membershipOf(options), cliActor);
        process.stdout.write(`added ${found.email} to tenant ${tenant.slug} as ${options.role}\n`);
      });
    });

  user
    .command('sign-in-link')
    .description('Print a one-time sign-in link for a member of the tenant (--tenant)')
    .requiredOption('--email <email>', 'the member’s email address')
    .option('--hours <hours>', 'how long the link stays valid (1 to 168)', '24')
    .action(async (options: { email: string; hours: string }, command: Command) => {
      const hours = Number(options.hours);
      if (!Number.isInteger(hours) || hours < 1 || hours > 168)
        throw new AppError(
          'VALIDATION_FAILED',
          `--hours: must be a whole number from 1 to 168; got "${options.hours}"`,
        );
      await withTenant(globalOptions(command), 'read', async (db, tenant, config) => {
        const found = await findUserByEmail(db, options.email);
        const member = found && (await findMembership(db, tenant.id, found.id));
        if (!found || !member || found.disabledAt !== null)
          throw new AppError(
            'USER_NOT_FOUND',
            `${options.email} is not an active member of tenant ${tenant.slug}; see "bulwark user list"`,
          );
        const url = await issueSignInLink(
          db,
          { tenantId: tenant.id, userId: found.id },
          publicUrlOf(config),
          hours * 3_600_000,
        );
        process.stdout.write(`${url}\n(works once, for ${hours} h)\n`);
      });
    });

  user
    .command('list')
    .description('Members of the tenant and their roles')
    .action(async (_options: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        for (const m of await listMembers(db, tenant.id, { limit: 100_000 }))
          process.stdout.write(
            `${m.email}  ${m.role}${m.hasPassword ? '' : '  (no password)'}${m.totpEnabled ? '  (totp)' : ''}\n`,
          );
      });
    });
}
