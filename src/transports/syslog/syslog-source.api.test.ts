import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin } from '../../../test/support/server.js';

let s: TestServer;
beforeAll(async () => (s = await startTestServer()));
afterAll(() => s.close());

describe('syslog sources API', () => {
  it('claims networks for a tenant, one tenant per network, and releases them', async () => {
    const one = await tenantWithAdmin(s);
    const two = await tenantWithAdmin(s);
    const add = (token: string, network: string) =>
      s.app.inject({
        method: 'POST',
        url: '/api/v1/syslog/sources',
        headers: bearer(token),
        payload: { network },
      });
    expect((await add(one.token, '10.20.0.0/16')).json()).toEqual({ networks: ['10.20.0.0/16'] });
    expect((await add(two.token, '10.20.0.0/16')).statusCode).toBe(409);
    expect((await add(one.token, 'not-a-network')).json()).toMatchObject({
      status: 400,
      errors: [{ path: 'network' }],
    });
    const removed = await s.app.inject({
      method: 'DELETE',
      url: '/api/v1/syslog/sources?network=10.20.0.0%2F16',
      headers: bearer(one.token),
    });
    expect(removed.json()).toEqual({ networks: [] });
    const listed = await s.app.inject({
      method: 'GET',
      url: '/api/v1/syslog/sources',
      headers: bearer(two.token),
    });
    expect(listed.json()).toEqual({ networks: [] });
  });
});
