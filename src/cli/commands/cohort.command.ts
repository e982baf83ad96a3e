import fs from 'node:fs';
import type { Command } from 'commander';
import { listCohorts } from '../../scoring/cohort.repository.js';
import { createCohort } from '../../scoring/cohort.service.js';
import { cohortMembers, findCohortByKey } from '../../scoring/cohort-query.js';
import { AppError } from '../../shared/errors.js';
import { systemClock } from '../../shared/clock.js';
import { scoreTenant } from '../../scoring/scoring.service.js';
import { globalOptions, withTenant } from '../context.js';

interface CreateFlags {
  name: string;
  description?: string;
  rule?: string;
  ruleFile?: string;
  members?: string[];
}

function definitionOf(flags: CreateFlags): unknown {
  const given = [flags.rule, flags.ruleFile, flags.members].filter((v) => v !== undefined);
  if (given.length !== 1)
    throw new AppError('VALIDATION_FAILED', 'give exactly one of --rule, --rule-file or --members');
  if (flags.members) return { members: flags.members };
  const text = flags.rule ?? fs.readFileSync(flags.ruleFile ?? '', 'utf8');
  try {
    return { rule: JSON.parse(text) as unknown };
  } catch (error) {
    const message = `is not JSON: ${error instanceof Error ? error.message : String(error)}`;
    throw new AppError('VALIDATION_FAILED', `cohort.rule: ${message}`, [
      { path: 'cohort.rule', message },
    ]);
  }
}

export function registerCohort(program: Command): void {
  const group = program
    .command('cohort')
    .description('Cohorts: rule-based or listed groups of identities');
  group
    .command('create')
    .description('Create a cohort from a rule (docs/risk-model.md §12) or a list of identity ids')
    .requiredOption('--name <name>', 'cohort name')
    .option('--description <text>', 'what the cohort is for')
    .option('--rule <json>', 'a rule as JSON, e.g. {"level":["high","critical"]}')
    .option('--rule-file <file>', 'a file holding the rule as JSON')
    .option('--members <ids...>', 'identity ids of a static cohort')
    .action(async (flags: CreateFlags, command: Command) => {
      const definition = definitionOf(flags);
      await withTenant(globalOptions(command), 'write', async (db, tenant) => {
        const cohort = await createCohort(
          db,
          tenant.id,
          { name: flags.name, description: flags.description ?? null, definition },
          systemClock.now(),
        );
        const report = await scoreTenant({ db, clock: systemClock }, tenant.id);
        const run = report.cohorts.find((c) => c.cohortId === cohort.id);
        process.stdout.write(
          `cohort "${cohort.name}" created (${cohort.id}): ${run?.members ?? 0} members\n`,
        );
      });
    });
  group
    .command('list')
    .description('List cohorts with their current size')
    .action(async (_o: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        for (const c of await listCohorts(db, tenant.id)) {
          const members = await cohortMembers(db, tenant.id, c.id, { kind: 'all' });
          process.stdout.write(
            `${c.id}  ${c.name}${c.builtin ? ' (built-in)' : ''}  ${c.kind}  ${members.length} members\n`,
          );
        }
      });
    });
  group
    .command('members')
    .description('The current members of a cohort, riskiest first')
    .argument('<cohort>', 'cohort id or name')
    .action(async (key: string, _o: unknown, command: Command) => {
      await withTenant(globalOptions(command), 'read', async (db, tenant) => {
        const cohort = await findCohortByKey(db, tenant.id, key);
        const members = await cohortMembers(db, tenant.id, cohort.id, { kind: 'all' });
        for (const m of members)
          process.stdout.write(
            `${m.email}  ${m.risk.toFixed(1)}  ${m.level}  since ${new Date(m.enteredAt).toISOString()}\n`,
          );
        process.stdout.write(`${members.length} members of "${cohort.name}"\n`);
      });
    });
}
