import { ConfigError } from '../config/config.js';
import { AppError } from '../shared/errors.js';

/** Prints an error as a person should read it and returns the exit code. */
export function reportCliError(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write(
      `${error.message}\nFix the settings above (see .env.example) and run the command again.\n`,
    );
    return 2;
  }
  if (error instanceof AppError) {
    process.stderr.write(`error: ${error.message}\n`);
    for (const p of error.problems) process.stderr.write(`  - ${p.path}: ${p.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|ENOTFOUND|password authentication|does not exist/.test(message)) {
    process.stderr.write(
      `error: cannot reach the database: ${message}\nCheck --db or BULWARK_DATABASE_URL.\n`,
    );
    return 1;
  }
  process.stderr.write(`error: ${message}\n`);
  if (process.env.BULWARK_DEBUG && error instanceof Error)
    process.stderr.write(`${error.stack ?? ''}\n`);
  return 1;
}
