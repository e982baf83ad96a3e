import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../test/support/local-http.js';
import {
  instantRetryEnv,
  loopbackClient,
  sendJson,
  startLocalServer,
} from '../../test/support/local-http.js';
import { ApiSession } from './api-session.js';
import { OutboundClient } from './http-client.js';
import { NetworkPolicy } from './network-policy.js';
import { ClientCredentialsAuth, staticAuth } from './oauth2.js';
import { defaultRetryPolicy } from './retry.js';
import { sendWithRetry } from './retrying.js';

let server: LocalServer;
let flaky = 0;
let tokens = 0;

beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    if (req.path === '/ok') return sendJson(res, 200, { ok: true });
    if (req.path === '/big') return sendJson(res, 200, { blob: 'x'.repeat(5000) });
    if (req.path === '/slow') return void setTimeout(() => sendJson(res, 200, {}), 500);
    if (req.path === '/to-other')
      return void res.writeHead(302, { location: 'http://localhost:1/elsewhere' }).end();
    if (req.path === '/to-ok') return void res.writeHead(302, { location: '/ok' }).end();
    if (req.path === '/flaky') {
      flaky++;
      if (flaky === 1) return sendJson(res, 429, {}, { 'retry-after': '2' });
      if (flaky === 2) return sendJson(res, 503, {});
      return sendJson(res, 200, { attempt: flaky });
    }
    if (req.path === '/token') {
      tokens++;
      return sendJson(res, 200, { access_token: `tok-${tokens}`, expires_in: 3600 });
    }
    if (req.path === '/protected')
      return req.headers.authorization === `Bearer tok-${tokens}` && tokens > 1
        ? sendJson(res, 200, { ok: true })
        : sendJson(res, 401, { error: 'expired' });
    sendJson(res, 404, {});
  });
});
afterAll(() => server.close());

describe('OutboundClient', () => {
  it('reaches an allowed loopback host', async () => {
    const res = await loopbackClient().send({ method: 'GET', url: `${server.url}/ok` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true });
  });

  it('refuses loopback unless the operator allowed it', async () => {
    const strict = new OutboundClient({
      policy: new NetworkPolicy(),
      allowedHosts: ['127.0.0.1'],
      timeoutMs: 1000,
      maxResponseBytes: 1000,
    });
    await expect(strict.send({ method: 'GET', url: `${server.url}/ok` })).rejects.toThrow(
      /loopback address/,
    );
    expect(server.received.some((r) => r.path === '/never')).toBe(false);
  });

  it('refuses a host that is not configured, and a name resolving to a refused address', async () => {
    await expect(
      loopbackClient(['api.example.com']).send({ method: 'GET', url: `${server.url}/ok` }),
    ).rejects.toThrow(/not a configured host/);
    const strict = new OutboundClient({
      policy: new NetworkPolicy(),
      allowedHosts: ['localhost'],
      timeoutMs: 1000,
      maxResponseBytes: 1000,
    });
    const port = new URL(server.url).port;
    await expect(
      strict.send({ method: 'GET', url: `https://localhost:${port}/ok` }),
    ).rejects.toThrow(/loopback address/);
  });

  it('refuses plain http to a public address and credentials in the URL', async () => {
    const client = loopbackClient(['93.184.215.14', '127.0.0.1']);
    await expect(client.send({ method: 'GET', url: 'http://93.184.215.14/' })).rejects.toThrow(
      /plain http/,
    );
    const withUser = server.url.replace('http://', 'http://me:pw@');
    await expect(client.send({ method: 'GET', url: withUser })).rejects.toThrow(/headers/);
  });

  it('checks each redirect: a hop to an unconfigured host is refused, one to the same host followed', async () => {
    const client = loopbackClient();
    await expect(client.send({ method: 'GET', url: `${server.url}/to-other` })).rejects.toThrow(
      /localhost is not a configured host/,
    );
    const res = await client.send({ method: 'GET', url: `${server.url}/to-ok` });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${server.url}/ok`);
  });

  it('stops reading an answer past the size limit, and a slow one at the deadline', async () => {
    const small = loopbackClient(['127.0.0.1'], { maxResponseBytes: 1000, timeoutMs: 200 });
    await expect(small.send({ method: 'GET', url: `${server.url}/big` })).rejects.toMatchObject({
      failure: 'too_large',
    });
    await expect(small.send({ method: 'GET', url: `${server.url}/slow` })).rejects.toMatchObject({
      failure: 'timeout',
    });
  });
});

describe('sendWithRetry', () => {
  it('honours Retry-After on 429, backs off on 5xx, and returns the first success', async () => {
    flaky = 0;
    const env = instantRetryEnv();
    const res = await sendWithRetry(
      loopbackClient(),
      { method: 'GET', url: `${server.url}/flaky` },
      defaultRetryPolicy,
      env,
    );
    expect(res.status).toBe(200);
    expect(env.waits).toEqual([2000, 500]);
  });

  it('gives up after the last attempt and returns that answer', async () => {
    flaky = 0;
    const env = instantRetryEnv();
    const res = await sendWithRetry(
      loopbackClient(),
      { method: 'GET', url: `${server.url}/flaky` },
      { ...defaultRetryPolicy, maxAttempts: 2 },
      env,
    );
    expect(res.status).toBe(503);
  });

  it('does not wait longer than the policy allows for Retry-After', async () => {
    flaky = 0;
    const env = instantRetryEnv();
    const res = await sendWithRetry(
      loopbackClient(),
      { method: 'GET', url: `${server.url}/flaky` },
      { ...defaultRetryPolicy, maxRetryAfterMs: 1000 },
      env,
    );
    expect(res.status).toBe(429);
    expect(env.waits).toEqual([]);
  });
});

describe('ClientCredentialsAuth', () => {
  it('fetches a token, and a fresh one when the vendor refuses it', async () => {
    tokens = 0;
    const env = instantRetryEnv();
    const client = loopbackClient();
    const auth = new ClientCredentialsAuth(
      client,
      { tokenUrl: `${server.url}/token`, clientId: 'id', clientSecret: 'secret' },
      defaultRetryPolicy,
      env,
    );
    const session = new ApiSession(client, auth, defaultRetryPolicy, env);
    const { value } = await session.json(
      { method: 'GET', url: `${server.url}/protected` },
      'probe',
    );
    expect(value).toEqual({ ok: true });
    expect(tokens).toBe(2);
    const form = server.received.find((r) => r.path === '/token')?.body ?? '';
    expect(new URLSearchParams(form).get('grant_type')).toBe('client_credentials');
  });

  it('reports a refused request with the status and what was asked', async () => {
    const session = new ApiSession(
      loopbackClient(),
      staticAuth({}),
      defaultRetryPolicy,
      instantRetryEnv(),
    );
    await expect(
      session.json({ method: 'GET', url: `${server.url}/missing` }, 'list things'),
    ).rejects.toThrow(/list things: 127.0.0.1:\d+ answered HTTP 404/);
  });
});
