import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `bulwark --db URL ARGS…` in this process and returns its exit code and what it printed. */
export async function runCli(dbUrl: string, args: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  try {
    return { code: await main(['node', 'bulwark', '--db', dbUrl, ...args]), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}
