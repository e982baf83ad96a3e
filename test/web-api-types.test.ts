import fs from 'node:fs';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { API_TYPES_PATH, generateApiTypes } from '../scripts/api-types.js';

describe('dashboard API types', () => {
  it('match docs/openapi.json (run "npm run api:types" after "npm run openapi")', async () => {
    const options = await prettier.resolveConfig(API_TYPES_PATH);
    const generated = await prettier.format(await generateApiTypes(), {
      ...options,
      filepath: API_TYPES_PATH,
    });
    expect(generated).toBe(fs.readFileSync(API_TYPES_PATH, 'utf8'));
  });
});
