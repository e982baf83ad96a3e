import { randomBytes } from 'node:crypto';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOutboxPolicy } from '../../src/destinations/outbox-policy.js';
import { OutboxWorker } from '../../src/destinations/outbox.worker.js';
import { createLogger } from '../../src/logging/logger.js';
import { secretBoxOf } from '../../src/secrets/secret-box.factory.js';
import { ssfDeliverers } from '../../src/ssf/deliverer.js';
import type { LocalServer } from '../support/local-http.js';
import { loopbackClient, sendJson, startLocalServer } from '../support/local-http.js';
import { bearer } from '../support/server.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase } from '../support/database.js';
import { createAppContext } from '../../src/app/app-context.js';
import { loadConfig } from '../../src/config/config.js';
import { buildServer } from '../../src/http/server.js';
import { chromiumPath, launchChromium, skipReason } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboard.js';
import type { Organisation } from './support/organisation.js';
import { seedOrganisation } from './support/organisation.js';
import { expectAccessible, openTab, signIn } from './support/journey.js';

if (!chromiumPath) console.warn(skipReason);

/** An administrator sees a Shared Signals stream failing and sends its events again. */
const secretKey = randomBytes(32).toString('base64');

/** The real server and dashboard on loopback, with a secret key this test also holds. */
async function startServer(): Promise<{ app: FastifyInstance; t: TestDatabase; url: string }> {
  await ensureDashboardBuilt();
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestDatabase();
  const config = loadConfig({
    BULWARK_DATABASE_URL: t.url,
    BULWARK_PUBLIC_URL: url,
    BULWARK_SECRET_KEY: secretKey,
  });
  const app = await buildServer(createAppContext(t.db, config, createLogger('silent')));
  await app.listen({ port, host: '127.0.0.1' });
  return { app, t, url };
}

describe.skipIf(!chromiumPath)('Shared Signals streams in the dashboard', () => {
  let d: Awaited<ReturnType<typeof startServer>>;
  let org: Organisation;
  let browser: Browser;
  let receiver: LocalServer;
  let refuse = true;

  beforeAll(async () => {
    receiver = await startLocalServer((_req, res) =>
      refuse
        ? sendJson(res, 400, { err: 'invalid_audience', description: 'wrong aud' })
        : void res.writeHead(202).end(),
    );
    d = await startServer();
    org = await seedOrganisation({ ...d, close: () => Promise.resolve() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await d?.app.close();
    await d?.t.drop();
    await receiver?.close();
  });

  it('shows the stream with its failed events and tries them again', async () => {
    const created = await d.app.inject({
      method: 'POST',
      url: '/api/v1/ssf/stream',
      headers: bearer(org.adminToken),
      payload: { delivery: { method: 'urn:ietf:rfc:8935', endpoint_url: `${receiver.url}/caep` } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const stream = created.json<{ stream_id: string }>().stream_id;
    const verify = await d.app.inject({
      method: 'POST',
      url: '/api/v1/ssf/verify',
      headers: bearer(org.adminToken),
      payload: { stream_id: stream },
    });
    expect(verify.statusCode).toBe(204);
    const worker = new OutboxWorker({
      db: d.t.db,
      clock: { now: () => Date.now() },
      logger: createLogger('silent'),
      policy: defaultOutboxPolicy,
      deliverers: (kind) =>
        ssfDeliverers({
          db: d.t.db,
          secrets: secretBoxOf({ secretKey }),
          client: loopbackClient(),
          now: () => Date.now(),
        })[kind],
    });
    expect(await worker.tick()).toBe(1);

    const { page, errors } = await openTab(browser, d.url);
    await signIn(page, org.admin.email);
    await page.goto('/integrations');
    const card = page.getByRole('table', { name: 'Shared Signals streams and their deliveries' });
    await card.getByRole('cell', { name: `${receiver.url}/caep`, exact: true }).waitFor();
    await card.getByText('0 delivered, 0 waiting, 1 failed').waitFor();
    await card.getByText(/invalid_audience: wrong aud/).waitFor();
    await expectAccessible(page, 'integrations page with a Shared Signals stream');

    refuse = false;
    await page.getByRole('button', { name: `Try again: ${receiver.url}/caep` }).click();
    await card.getByText('0 delivered, 1 waiting, 0 failed').waitFor();
    expect(await worker.tick()).toBe(1);
    await page.reload();
    await card.getByText('1 delivered, 0 waiting, 0 failed').waitFor();
    expect(errors).toEqual([]);
  });
});
