// Regenerates the dashboard's API types (web/src/api/schema.d.ts) from docs/openapi.json:
// `npm run api:types`. test/web-api-types.test.ts fails when they drift apart.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';

export const API_TYPES_PATH = 'web/src/api/schema.d.ts';

const header =
  '// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.\n\n';

type Json = Record<string, unknown>;

/**
 * Parameters whose schema is not an object are dropped first: a route that takes any query
 * string (a z.record) comes out of the zod transform as one bogus parameter per key of its
 * JSON schema, which openapi-typescript rightly refuses. The dashboard sends no such parameters.
 */
function withoutBrokenParameters(doc: Json): OpenAPI3 {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const item of Object.values(paths))
    for (const operation of Object.values(item)) {
      const parameters = operation.parameters;
      if (Array.isArray(parameters))
        operation.parameters = parameters.filter(
          (p: Json) => typeof p.schema === 'object' && p.schema !== null,
        );
    }
  return doc as unknown as OpenAPI3;
}

export async function generateApiTypes(openapiPath = 'docs/openapi.json'): Promise<string> {
  const doc = withoutBrokenParameters(JSON.parse(fs.readFileSync(openapiPath, 'utf8')) as Json);
  const nodes = await openapiTS(doc);
  return header + astToString(nodes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(API_TYPES_PATH, await generateApiTypes());
  process.stdout.write(`wrote ${API_TYPES_PATH}\n`);
}
