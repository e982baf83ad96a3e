// Runs the CLI from source (no build): node --import tsx scripts/bulwark-dev.ts COMMAND …
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv);
