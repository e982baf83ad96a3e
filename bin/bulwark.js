#!/usr/bin/env node
// The `bulwark` command. Runs the compiled CLI; `npm install` builds it (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'bulwark is not built yet: run "npm install" (or "npm run build") in the package folder.\n',
  );
  process.exit(1);
}
// A closed pipe (`bulwark catalog | head`) is a normal way for output to end.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
