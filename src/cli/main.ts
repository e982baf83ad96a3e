import { Command } from 'commander';
import { registerAccess } from './commands/access.command.js';
import { registerAudit } from './commands/audit.command.js';
import { registerBacktest } from './commands/backtest.command.js';
import { registerCatalog } from './commands/catalog.command.js';
import { registerConnector } from './commands/connector.command.js';
import { registerDestination } from './commands/destination.command.js';
import { registerCatalogWeights } from './commands/catalog-weight.command.js';
import { registerCohort } from './commands/cohort.command.js';
import { registerDemo } from './commands/demo.command.js';
import { registerDeadLetter } from './commands/dead-letter.command.js';
import { registerDirectory } from './commands/directory.command.js';
import { registerExport } from './commands/export.command.js';
import { registerIngest } from './commands/ingest.command.js';
import { registerScore } from './commands/score.command.js';
import { registerServe } from './commands/serve.command.js';
import { registerSignals } from './commands/signals.command.js';
import { registerSsf } from './commands/ssf.command.js';
import { registerTenant } from './commands/tenant.command.js';
import { registerToken } from './commands/token.command.js';
import { registerUser } from './commands/user.command.js';
import { reportCliError } from './errors.js';

/** Every command module; each adds its commands to the program. */
const commands = [
  registerServe,
  registerDemo,
  registerDirectory,
  registerAccess,
  registerIngest,
  registerDeadLetter,
  registerCatalog,
  registerCatalogWeights,
  registerScore,
  registerExport,
  registerBacktest,
  registerCohort,
  registerToken,
  registerTenant,
  registerAudit,
  registerUser,
  registerConnector,
  registerDestination,
  registerSignals,
  registerSsf,
];

export function buildProgram(): Command {
  const program = new Command('bulwark')
    .description('Bulwark: open-source human risk management')
    .option(
      '--db <url>',
      'database: sqlite:PATH or postgres://… (BULWARK_DATABASE_URL; default sqlite:./data/bulwark.db)',
    )
    .option('--tenant <slug>', 'tenant to work on (default: the only one)')
    .showHelpAfterError();
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    process.exitCode = undefined;
    await buildProgram().parseAsync(argv);
    // A command that finished but failed (a connector run, a test send) says so in exitCode.
    const code = Number(process.exitCode ?? 0);
    process.exitCode = undefined;
    return code;
  } catch (error) {
    return reportCliError(error);
  }
}
