import { describe, expect, it } from 'vitest';
import { mixSeed, Rng, stream } from './random.js';

describe('Rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number): number[] => {
      const rng = new Rng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps floats in [0, 1) and integers in range', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 10_000; i += 1) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const k = rng.between(3, 5);
      expect([3, 4, 5]).toContain(k);
    }
  });

  it('draws normals and Poisson counts with the right mean', () => {
    const rng = new Rng(2);
    let normal = 0;
    let poisson = 0;
    const n = 20_000;
    for (let i = 0; i < n; i += 1) {
      normal += rng.normal();
      poisson += rng.poisson(0.7);
    }
    expect(Math.abs(normal / n)).toBeLessThan(0.03);
    expect(poisson / n).toBeGreaterThan(0.67);
    expect(poisson / n).toBeLessThan(0.73);
  });

  it('formats hex digits, UUIDs and text from an alphabet', () => {
    const rng = new Rng(3);
    expect(rng.hex(64)).toMatch(/^[0-9a-f]{64}$/);
    expect(rng.hex(7)).toMatch(/^[0-9a-f]{7}$/);
    expect(rng.uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(rng.text(28, 'ab')).toMatch(/^[ab]{28}$/);
  });

  it('derives independent streams per purpose', () => {
    expect(stream(1, 'org').next()).not.toEqual(stream(1, 'day', 0).next());
    expect(stream(1, 'day', 3).next()).toEqual(stream(1, 'day', 3).next());
    expect(mixSeed(1, 2)).not.toEqual(mixSeed(2, 1));
  });
});
