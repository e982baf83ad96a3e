import { describe, expect, it } from 'vitest';
import { parseDirectoryRow } from '../../directory/directory-csv.js';
import { generateOrganisation } from './organisation.js';

const options = { people: 1200, days: 180, seed: 11, endDate: '2026-06-30' };
const org = generateOrganisation(options);
const byEmail = new Map(org.directory.map((row) => [row.email, row]));
const people = org.directory.filter((row) => row.kind === 'person');
const agents = org.directory.filter((row) => row.kind === 'agent');

describe('generateOrganisation', () => {
  it('has the requested number of people, about one agent per 40, and unique emails', () => {
    expect(people).toHaveLength(1200);
    expect(agents).toHaveLength(30);
    expect(byEmail.size).toBe(org.directory.length);
  });

  it('is the same for the same seed and different for another', () => {
    const again = generateOrganisation(options);
    expect(again.directory).toEqual(org.directory);
    expect(again.access).toEqual(org.access);
    expect(again.traits).toEqual(org.traits);
    const other = generateOrganisation({ ...options, seed: 12 });
    expect(other.directory).not.toEqual(org.directory);
  });

  it('gives every person but the chief executive a manager who exists, without cycles', () => {
    const roots = people.filter((row) => row.manager_email === '');
    expect(roots.map((row) => row.title)).toEqual(['Chief Executive Officer']);
    for (const row of people) {
      const seen = new Set<string>();
      let current = row;
      while (current.manager_email !== '') {
        expect(seen.has(current.email)).toBe(false);
        seen.add(current.email);
        const manager = byEmail.get(current.manager_email);
        expect(manager?.kind).toBe('person');
        if (!manager) break;
        current = manager;
      }
      expect(current.title).toBe('Chief Executive Officer');
    }
  });

  it('gives every agent a human owner and scopes, and people neither', () => {
    for (const row of agents) {
      expect(byEmail.get(row.owner_email)?.kind).toBe('person');
      expect(row.scopes.split(';').length).toBeGreaterThan(0);
      expect(row.manager_email).toBe('');
    }
    for (const row of people) {
      expect(row.owner_email).toBe('');
      expect(row.scopes).toBe('');
    }
  });

  it('writes rows the directory import accepts', () => {
    for (const row of org.directory) {
      const result = parseDirectoryRow(row as unknown as Record<string, string>);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('spreads people over departments, offices, contractors and joiners', () => {
    const count = (pick: (row: (typeof people)[number]) => string): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const row of people) counts.set(pick(row), (counts.get(pick(row)) ?? 0) + 1);
      return counts;
    };
    expect(count((r) => r.department).size).toBe(12);
    expect(count((r) => r.timezone).size).toBeGreaterThanOrEqual(7);
    expect(count((r) => r.employment_type).get('contractor')).toBeGreaterThan(50);
    const joiners = people.filter((r) => r.start_date >= '2026-01-02');
    expect(joiners.length).toBeGreaterThan(20);
    expect(people.every((r) => r.start_date <= '2026-06-30')).toBe(true);
    expect(people.filter((r) => r.privileged === 'true').length).toBeGreaterThan(50);
    expect(people.filter((r) => r.financial_authority === 'true').length).toBeGreaterThan(20);
  });

  it('grants access to known identities with valid criticality, admin roles to the privileged', () => {
    const criticalities = new Set(['low', 'medium', 'high', 'critical']);
    for (const row of org.access) {
      expect(byEmail.has(row.email)).toBe(true);
      expect(criticalities.has(row.criticality)).toBe(true);
      expect(['true', 'false']).toContain(row.admin);
    }
    const adminHolders = new Set(org.access.filter((r) => r.admin === 'true').map((r) => r.email));
    for (const email of adminHolders) expect(byEmail.get(email)?.privileged).toBe('true');
    const agentAccess = org.access.filter((r) => byEmail.get(r.email)?.kind === 'agent');
    expect(new Set(agentAccess.map((r) => r.email)).size).toBe(agents.length);
  });

  it('keeps hidden traits out of the directory and in range', () => {
    expect(Object.keys(org.directory[0] ?? {})).not.toContain('susceptibility');
    expect(org.traits).toHaveLength(org.directory.length);
    for (const traits of org.traits) {
      expect(byEmail.has(traits.email)).toBe(true);
      expect(traits.susceptibility).toBeGreaterThan(0);
      expect(traits.susceptibility).toBeLessThan(1);
      expect(traits.diligence).toBeGreaterThan(0);
      expect(traits.diligence).toBeLessThan(1);
      expect(traits.exposure).toBeGreaterThan(0);
      expect(traits.hazard).toBeGreaterThanOrEqual(0);
    }
  });

  it('makes some departments riskier than others, and risk concentrated in few people', () => {
    const hazard = new Map(org.traits.map((t) => [t.email, t.hazard]));
    const mean = (department: string): number => {
      const rows = people.filter((r) => r.department === department);
      return rows.reduce((sum, r) => sum + (hazard.get(r.email) ?? 0), 0) / rows.length;
    };
    expect(mean('Finance')).toBeGreaterThan(mean('Security') * 1.5);
    expect(mean('Sales')).toBeGreaterThan(mean('Engineering') * 1.5);
    const sorted = people.map((r) => hazard.get(r.email) ?? 0).sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, sorted.length / 10).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.5);
  });

  it('builds a one-person organisation with its single agent', () => {
    const tiny = generateOrganisation({ people: 1, days: 1, seed: 0, endDate: '2026-01-01' });
    expect(tiny.directory.map((r) => r.kind)).toEqual(['person', 'agent']);
    expect(tiny.directory[1]?.owner_email).toBe(tiny.directory[0]?.email);
  });
});
