import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { loadOverrides } from '../catalog/catalog.repository.js';
import { runCli, type CliRun } from '../../test/support/cli.js';
import type { Tenant } from '../tenancy/tenant.js';
import { listCohorts } from './cohort.repository.js';
import { T0, ingestLines, randomEvents, smallOrg } from './scoring.test-support.js';

let t: TestDatabase;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestDatabase();
  tenant = await makeTenant(t.db);
  const emails = await smallOrg(t.db, tenant);
  await ingestLines(t.db, tenant, randomEvents(emails, 200, 7), Date.now());
});
afterAll(() => t.drop());

function run(args: string[]): Promise<CliRun> {
  return runCli(t.url, ['--tenant', tenant.slug, ...args]);
}

describe('bulwark score, export risk, cohort, catalog set-weight', () => {
  it('scores, then exports the columns PRODUCT.md names, riskiest first', async () => {
    expect((await run(['score'])).code).toBe(0);
    const csv = await run(['export', 'risk']);
    const [header, ...rows] = csv.out.trim().split('\n');
    expect(header).toBe('email,kind,risk,likelihood,behavior,threat,access,level');
    expect(rows).toHaveLength(13);
    const risks = rows.map((r) => Number(r.split(',')[2]));
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    const json = JSON.parse((await run(['export', 'risk', '--format', 'json'])).out) as Record<
      string,
      unknown
    >[];
    expect(Object.keys(json[0] ?? {})).toEqual([
      'email',
      'kind',
      'risk',
      'likelihood',
      'behavior',
      'threat',
      'access',
      'level',
    ]);
    const early = JSON.parse(
      (
        await run([
          'export',
          'risk',
          '--format',
          'json',
          '--as-of',
          new Date(T0).toISOString().slice(0, 10),
        ])
      ).out,
    ) as { risk: number }[];
    expect(Math.max(...early.map((r) => r.risk))).toBeLessThan(
      Math.max(...json.map((r) => Number(r.risk))),
    );
  });

  it('score --as-of DAY --snapshot stores that day in the trend too, once however often', async () => {
    const day = new Date(T0 + 20 * 86_400_000).toISOString().slice(0, 10);
    const count = async (table: string) =>
      Number(
        (
          await t.db.get<{ n: number }>(
            `SELECT COUNT(*) AS n FROM ${table} WHERE tenant_id = ? AND day = ?`,
            [tenant.id, day],
          )
        )?.n,
      );
    for (let i = 0; i < 2; i++) {
      const res = await run(['score', '--as-of', day, '--snapshot']);
      expect(res.code).toBe(0);
      expect(res.out).toContain('stored as that day’s snapshot and trend point');
    }
    expect(await count('risk_snapshots')).toBe(13);
    expect(await count('risk_trend')).toBe(1);
    const trend = await t.db.get<{ identities: number }>(
      'SELECT identities FROM risk_trend WHERE tenant_id = ? AND day = ?',
      [tenant.id, day],
    );
    expect(Number(trend?.identities)).toBe(13);
  });

  it('refuses a cohort rule that does not parse, naming the field, and creates nothing', async () => {
    const before = (await listCohorts(t.db, tenant.id)).length;
    const res = await run([
      'cohort',
      'create',
      '--name',
      'bad',
      '--rule',
      '{"score":"risk","min":"high"}',
    ]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('cohort.rule.min');
    expect(await listCohorts(t.db, tenant.id)).toHaveLength(before);
  });

  it('applies weights all or nothing', async () => {
    const res = await run(['catalog', 'set-weight', 'phishing.sim_clicked', '12', 'no.such', '3']);
    expect(res.code).toBe(1);
    expect(res.err).toContain('weightOverrides.no.such');
    expect(await loadOverrides(t.db, tenant.id)).toEqual({});
    expect((await run(['catalog', 'set-weight', 'phishing.sim_clicked', '12'])).code).toBe(0);
    expect(await loadOverrides(t.db, tenant.id)).toEqual({ 'phishing.sim_clicked': 12 });
    expect((await run(['catalog', 'reset-weight', 'phishing.sim_clicked'])).code).toBe(0);
    expect(await loadOverrides(t.db, tenant.id)).toEqual({});
  });

  it('reports a backtest', async () => {
    const res = await run([
      'backtest',
      '--as-of',
      new Date(T0 + 30 * 86_400_000).toISOString().slice(0, 10),
      '--horizon',
      '30',
      '--format',
      'json',
    ]);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.out) as { rankings: { name: string }[]; identities: number };
    expect(report.rankings.map((r) => r.name)).toEqual([
      'likelihood',
      'risk',
      'simulationClickRate',
      'trainingGap',
      'realClicks',
      'random',
    ]);
    expect(report.identities).toBe(12);
  });
});
