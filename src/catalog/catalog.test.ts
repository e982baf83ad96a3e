import { describe, expect, it } from 'vitest';
import { categories } from './behaviour.js';
import { builtInBehaviours } from './behaviours.js';
import { Catalog, overrideProblems } from './catalog.js';

describe('behaviour catalogue', () => {
  it('has unique types', () => {
    const types = builtInBehaviours.map((b) => b.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it('has at least 40 behaviours covering every category', () => {
    expect(builtInBehaviours.length).toBeGreaterThanOrEqual(40);
    for (const category of categories) {
      expect(
        builtInBehaviours.some((b) => b.category === category),
        category,
      ).toBe(true);
    }
  });

  it('keeps weights and half-lives in range and marks incidents as risky', () => {
    for (const b of builtInBehaviours) {
      expect(b.weight, b.type).toBeGreaterThan(0);
      expect(b.weight, b.type).toBeLessThanOrEqual(100);
      expect(b.halfLifeDays, b.type).toBeGreaterThan(0);
      if (b.incident) expect(b.polarity, b.type).toBe('risk');
      for (const id of b.attack) expect(id, b.type).toMatch(/^T\d{4}(\.\d{3})?$/);
    }
  });

  it('applies tenant overrides', () => {
    const catalog = new Catalog(undefined, { 'phishing.sim_clicked': 3 });
    expect(catalog.get('phishing.sim_clicked')?.weight).toBe(3);
  });

  it('reports unknown types and out-of-range weights by name', () => {
    const problems = overrideProblems({ 'no.such': 1, 'phishing.sim_clicked': 500 }, new Catalog());
    expect(problems).toEqual([
      'no.such: unknown behaviour type',
      'phishing.sim_clicked: weight must be between 0 and 100, got 500',
    ]);
  });
});
