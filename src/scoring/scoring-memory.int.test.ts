import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/database.js';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant } from '../../test/support/factories.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { createModel } from '../risk/index.js';
import type { Tenant } from '../tenancy/tenant.js';
import { scoreAsOf } from './as-of.service.js';
import { loadScores, type StoredScore } from './population.repository.js';
import { ScoringMemory } from './scoring-memory.js';
import { scoreTenant } from './scoring.service.js';
import { DAY, T0, ingestLines, randomEvents, smallOrg } from './scoring.test-support.js';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());

const START = T0 + 70 * DAY;

function expectSame(actual: Map<string, StoredScore>, expected: Map<string, StoredScore>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, x] of actual) {
    const y = expected.get(id);
    for (const key of ['risk', 'likelihood', 'behavior', 'threat', 'access', 'ownRisk'] as const)
      expect(x[key], `${id} ${key}`).toBeCloseTo(y?.[key] ?? NaN, 9);
    expect(x.level, id).toBe(y?.level);
    expect(Math.abs(x.percentile - (y?.percentile ?? NaN))).toBeLessThan(0.011);
  }
}

async function states(tenant: Tenant): Promise<Map<string, string>> {
  const rows = await t.db.all<{ identity_id: string; state: string; bursts: string | null }>(
    'SELECT identity_id, state, bursts FROM risk_states WHERE tenant_id = ?',
    [tenant.id],
  );
  return new Map(rows.map((r) => [r.identity_id, `${r.state}|${r.bursts}`]));
}

async function addPerson(tenant: Tenant, email: string): Promise<void> {
  const csv = `email,name,kind,department,title,manager_email,owner_email\n${email},New,person,Sales,Clerk,,`;
  await importDirectory(t.db, tenant.id, readDirectoryCsv(Readable.from([Buffer.from(csv)])));
}

describe('scoring with the memory of the previous run', () => {
  it('stores what scoring from the database stores, through new days, directory changes and runs elsewhere', async () => {
    const tenant = await makeTenant(t.db);
    const emails = await smallOrg(t.db, tenant);
    const late = `late@${tenant.slug}.test`;
    const events = randomEvents([...emails, late], 600, 7);
    let now = START;
    const clock = { now: () => now };
    const memory = new ScoringMemory();
    const warm = { db: t.db, clock, memory };
    const cold = { db: t.db, clock };
    const modes: string[] = [];
    for (let i = 0, step = 0; i < events.length; i += 61, step++) {
      await ingestLines(t.db, tenant, events.slice(i, i + 61), now);
      if (step === 3) now += DAY; // a new day: a refresh from the remembered states
      if (step === 5) await addPerson(tenant, late); // the directory changed, with held events
      // A run without the memory (the CLI) moves the cursor: the memory must not be used after.
      const report = await scoreTenant(step === 7 ? cold : warm, tenant.id);
      modes.push(report.mode);
      const expected = await scoreAsOf(cold, tenant.id, now);
      expectSame(
        await loadScores(t.db, tenant.id),
        new Map(expected.scores.map((s) => [s.identityId, s])),
      );
    }
    expect(modes).toContain('incremental');
    expect(modes).toContain('refresh');
    const remembered = await states(tenant);
    await scoreTenant(cold, tenant.id, { full: true });
    expect(remembered).toEqual(await states(tenant));
  });
});

describe('ScoringMemory', () => {
  const model = createModel();
  const cursor = {
    lastSeq: 9,
    version: 4,
    refreshedDay: '2026-12-01',
    directoryMarker: 'd',
    weightsMarker: '',
    modelVersion: model.version,
    scoredAt: 0,
  };
  const remembered = (members = 1) => ({
    cursorVersion: 4,
    modelVersion: model.version,
    behaviourCount: model.behaviours.length,
    members: Array.from({ length: members }, (_, i) => ({
      id: `i${i}`,
      kind: 'person' as const,
      email: `p${i}@x.test`,
      owner_id: null,
    })),
    records: new Map(),
    scores: new Map(),
    access: new Map(),
  });

  it('gives a tenant its memory once, and only while the cursor and model are the same', () => {
    const memory = new ScoringMemory();
    memory.keep('a', remembered());
    expect(memory.take('b', cursor, model)).toBeUndefined();
    expect(memory.take('a', cursor, model)).toBeDefined();
    expect(memory.take('a', cursor, model)).toBeUndefined();
    memory.keep('a', remembered());
    expect(memory.take('a', { ...cursor, version: 5 }, model)).toBeUndefined();
    expect(memory.take('a', cursor, model)).toBeUndefined();
    memory.keep('a', remembered());
    expect(
      memory.take('a', { ...cursor, modelVersion: 'x' }, createModel({ weightOverrides: {} })),
    ).toBeDefined();
    memory.keep('a', { ...remembered(), modelVersion: 'older' });
    expect(memory.take('a', cursor, model)).toBeUndefined();
    memory.keep('a', remembered());
    expect(memory.take('a', undefined, model)).toBeUndefined();
  });

  it('does not keep tenants larger than its limit', () => {
    const memory = new ScoringMemory(2);
    memory.keep('a', remembered(3));
    expect(memory.take('a', cursor, model)).toBeUndefined();
    memory.keep('a', remembered(2));
    expect(memory.take('a', cursor, model)).toBeDefined();
  });

  it('evicts the tenants kept longest ago when all together would pass its limit', () => {
    const memory = new ScoringMemory(4);
    memory.keep('a', remembered(2));
    memory.keep('b', remembered(2));
    memory.keep('c', remembered(1));
    expect(memory.take('a', cursor, model)).toBeUndefined();
    expect(memory.take('b', cursor, model)).toBeDefined();
    expect(memory.take('c', cursor, model)).toBeDefined();
  });
});
