import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/people?department=Finance')).toBe('/people?department=Finance');
  });

  it('refuses other origins and missing values', () => {
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '', null])
      expect(safeNext(bad)).toBeNull();
  });
});
