import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { startTestServer } from '../../test/support/server.js';
import type { AppContext } from './context.js';
import { webRoutes } from './web.routes.js';

const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Bulwark</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), script);
  app = Fastify();
  webRoutes(app, {} as AppContext, root);
  await app.ready();
});

afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('dashboard files', () => {
  it('serves hashed assets as immutable, gzipped when the browser accepts it', async () => {
    const res = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const res = await app.inject({ url: '/assets/index-abc123.js' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it('answers client routes with index.html under a strict content security policy', async () => {
    const res = await app.inject({ url: '/people/123?tab=history' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Bulwark</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('does not turn a missing asset or an unknown API path into the page', async () => {
    for (const url of ['/assets/gone.js', '/api/v1/nothing-here', '/scim/v2/Nope']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('<title>');
    }
  });

  it('never reads outside the build, whatever the path says', async () => {
    const res = await app.inject({ url: '/assets/../../../../etc/passwd' });
    expect(res.body).not.toContain('root:');
  });
});

describe('dashboard in the real server', () => {
  let s: TestServer;
  beforeAll(async () => (s = await startTestServer()));
  afterAll(() => s.close());

  it('keeps API 404s as problem details', async () => {
    const res = await s.app.inject({ url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('answers a client route with the dashboard, or says it is not built', async () => {
    const res = await s.app.inject({ url: '/people' });
    if (res.statusCode === 200) expect(res.headers['content-type']).toContain('text/html');
    else expect(res.json().detail).toContain('npm run build');
  });
});
