import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import type { LocalServer } from '../../test/support/local-http.js';
import { startLocalServer } from '../../test/support/local-http.js';
import { createAppContext } from '../app/app-context.js';
import type { Viewer } from '../auth/viewer.js';
import { loadConfig } from '../config/config.js';
import { startDestinations } from '../destinations/destinations.start.js';
import { createLogger } from '../logging/logger.js';
import { DAY, ingestLines, native, smallOrg } from '../scoring/scoring.test-support.js';
import { scoreTenant } from '../scoring/scoring.service.js';
import { secretBoxOf } from '../secrets/secret-box.factory.js';
import { eventTypes } from './ssf.js';
import { startSsf } from './ssf.start.js';
import { createStream } from './stream.service.js';

/** What `bulwark serve` wires: the SSF feed on its timer and the shared outbox worker. */
let t: TestDatabase;
let receiver: LocalServer;
beforeAll(async () => {
  t = await createTestDatabase();
  receiver = await startLocalServer((_req, res) => void res.writeHead(202).end());
});
afterAll(async () => {
  await receiver.close();
  await t.drop();
});

describe('SSF in bulwark serve', () => {
  it('feeds and delivers SETs in the background with the destinations outbox worker', async () => {
    const config = loadConfig({
      BULWARK_DATABASE_URL: t.url,
      BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
      BULWARK_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1/32',
      BULWARK_PUBLIC_URL: 'https://hrm.example.com',
    });
    const ctx = createAppContext(t.db, config, createLogger('silent'));
    const tenant = await makeTenant(t.db);
    const emails = await smallOrg(t.db, tenant);
    await scoreTenant(ctx, tenant.id);
    const admin: Viewer = {
      tenantId: tenant.id,
      role: 'admin',
      subjectId: null,
      scope: {},
      actor: 'test',
    };
    await createStream(
      {
        db: t.db,
        secrets: secretBoxOf(config),
        publicUrl: 'https://hrm.example.com',
        now: Date.now(),
      },
      admin,
      {
        delivery: { method: 'urn:ietf:rfc:8935', endpoint_url: `${receiver.url}/events` },
        events_requested: [eventTypes.credentialCompromise],
      },
    );
    await ingestLines(
      t.db,
      tenant,
      [native('ato-1', Date.now() - DAY, 'auth.account_compromised', emails[2]!)],
      Date.now(),
    );
    const ssf = startSsf(ctx, config);
    const stop = startDestinations(ctx, config, ssf.deliverers);
    try {
      const deadline = Date.now() + 20_000;
      while (receiver.received.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
    } finally {
      await stop();
      await ssf.stop();
    }
    expect(receiver.received).toHaveLength(1);
    const claims = JSON.parse(
      Buffer.from(receiver.received[0]!.body.split('.')[1]!, 'base64url').toString(),
    ) as {
      iss: string;
      sub_id: unknown;
      events: object;
    };
    expect(claims.iss).toBe(`https://hrm.example.com/ssf/${tenant.slug}`);
    expect(claims.sub_id).toEqual({ format: 'email', email: emails[2] });
    expect(Object.keys(claims.events)).toEqual([eventTypes.credentialCompromise]);
  }, 30_000);
});
