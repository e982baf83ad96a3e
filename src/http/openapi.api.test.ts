import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin } from '../../test/support/server.js';
import { errorCatalog } from '../shared/errors.js';
import { createAppContext } from '../app/app-context.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { generateOpenApi } from './openapi.document.js';
import { buildServer } from './server.js';

let s: TestServer;
beforeAll(async () => (s = await startTestServer()));
afterAll(() => s.close());

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document of every route', async () => {
    const { token } = await tenantWithAdmin(s);
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: bearer(token),
    });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/api/v1/identities',
        '/api/v1/identities/{id}',
        '/api/v1/events',
        '/api/v1/dead-letters',
      ]),
    );
  });

  it('matches the committed docs/openapi.json (run "npm run openapi" after changing a route)', async () => {
    expect(await generateOpenApi()).toBe(fs.readFileSync('docs/openapi.json', 'utf8'));
  });
});

describe('error catalogue', () => {
  it('documents every error code in docs/errors.md', () => {
    const doc = fs.readFileSync('docs/errors.md', 'utf8');
    for (const [code, entry] of Object.entries(errorCatalog))
      expect(doc, code).toContain(`| \`${code}\` | ${entry.status} |`);
  });
});

describe('route protection', () => {
  it('refuses to start when a route does not say who may call it', async () => {
    const unprotected = (app: FastifyInstance) => void app.get('/api/v1/oops', async () => 'open');
    const ctx = createAppContext(s.t.db, loadConfig({}), createLogger('silent'));
    await expect(buildServer(ctx, [unprotected])).rejects.toThrow(/does not declare config.access/);
  });

  it('answers unknown routes with a problem, not a framework page', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('serves /healthz without a token', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.json()).toEqual({ status: 'ok', database: s.t.db.dialect });
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});
