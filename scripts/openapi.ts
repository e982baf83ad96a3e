// Regenerates docs/openapi.json from the route schemas: `npm run openapi`.
import fs from 'node:fs';
import { generateOpenApi } from '../src/http/openapi.document.js';

fs.writeFileSync('docs/openapi.json', await generateOpenApi());
process.stdout.write('wrote docs/openapi.json\n');
