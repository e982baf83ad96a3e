import { describe, expect, it } from 'vitest';
import { VersionedCache } from './population-cache.js';

describe('a cache of values kept until their data changes', () => {
  it('computes once for concurrent lookups of the same version', async () => {
    const cache = new VersionedCache<number>();
    let runs = 0;
    const compute = async () => (await Promise.resolve(), ++runs);
    const values = await Promise.all([1, 2, 3].map(() => cache.get('k', 'v1', compute)));
    expect(values).toEqual([1, 1, 1]);
    expect(runs).toBe(1);
  });

  it('computes again when the version changes', async () => {
    const cache = new VersionedCache<string>();
    expect(await cache.get('k', 'v1', () => Promise.resolve('old'))).toBe('old');
    expect(await cache.get('k', 'v2', () => Promise.resolve('new'))).toBe('new');
    expect(await cache.get('k', 'v2', () => Promise.resolve('again'))).toBe('new');
  });

  it('forgets a failed computation, so the next lookup tries again', async () => {
    const cache = new VersionedCache<string>();
    await expect(cache.get('k', 'v', () => Promise.reject(new Error('down')))).rejects.toThrow();
    await Promise.resolve();
    expect(await cache.get('k', 'v', () => Promise.resolve('up'))).toBe('up');
  });

  it('keeps only the most recently used entries', async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get('a', 'v', () => Promise.resolve('a'));
    await cache.get('b', 'v', () => Promise.resolve('b'));
    await cache.get('a', 'v', () => Promise.resolve('a again'));
    await cache.get('c', 'v', () => Promise.resolve('c'));
    expect(await cache.get('a', 'v', () => Promise.resolve('a again'))).toBe('a');
    expect(await cache.get('b', 'v', () => Promise.resolve('b again'))).toBe('b again');
  });
});
