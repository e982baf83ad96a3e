import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/support/server.js';
import { bearer, startTestServer, tenantWithAdmin, tokenFor } from '../../test/support/server.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { loadDemo } from '../demo/demo.service.js';
import { parseDemoOptions } from '../demo/options.js';
import type { Tenant } from '../tenancy/tenant.js';
import { scoreTenant } from './scoring.service.js';

let s: TestServer;
let tenant: Tenant;
let admin: string;
const endDate = '2026-06-30';
const clock = { now: () => Date.parse(`${endDate}T12:00:00Z`) };

beforeAll(async () => {
  s = await startTestServer();
  const options = parseDemoOptions({ people: 150, days: 90, seed: 3, endDate });
  const report = await loadDemo(s.t.db, defaultCatalog, clock, options, {
    slug: 'demo-bt',
    force: true,
  });
  tenant = report.tenant;
  admin = await tokenFor(s, tenant, 'admin');
  await scoreTenant({ db: s.t.db, clock }, tenant.id);
}, 120_000);
afterAll(() => s.close());

interface Report {
  identities: number;
  incidents: number;
  rankings: { name: string; auc: number | null; calibration: unknown[] }[];
}

describe('backtest API', () => {
  it('reports rankings, baselines and calibration for a small demo organisation', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/risk/backtest?asOf=2026-05-15&horizon=45',
      headers: bearer(admin),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Report>();
    expect(body.identities).toBe(150);
    expect(body.rankings.map((r) => r.name)).toEqual([
      'likelihood',
      'risk',
      'simulationClickRate',
      'trainingGap',
      'realClicks',
      'random',
    ]);
    expect(body.rankings[0]?.calibration).toHaveLength(10);
    if (body.incidents > 0) expect(body.rankings[0]?.auc).toBeGreaterThan(0.5);
  });

  it("never reaches another tenant's people", async () => {
    const other = await tenantWithAdmin(s);
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/risk/backtest?asOf=2026-05-15&horizon=45',
      headers: bearer(other.token),
    });
    expect(res.json<Report>()).toMatchObject({ identities: 0, incidents: 0 });
    const bad = await s.app.inject({
      method: 'GET',
      url: '/api/v1/risk/backtest?asOf=yesterday',
      headers: bearer(admin),
    });
    expect(bad.statusCode).toBe(400);
  });
});
