import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './json-array-splitter.js';

function split(chunks: string[]): string[] {
  const splitter = new JsonArraySplitter();
  const out = chunks.flatMap((c) => splitter.push(c).map((e) => e.text));
  splitter.end();
  return out;
}

describe('JsonArraySplitter', () => {
  const doc = ' [ {"a":"x,]}"}, [1,[2]], "s\\"]", 3 ]\n';

  it('splits top-level elements, whatever the chunking', () => {
    const expected = ['{"a":"x,]}"}', '[1,[2]]', '"s\\"]"', '3'];
    expect(split([doc])).toEqual(expected);
    expect(split(doc.split(''))).toEqual(expected);
  });

  it('handles an empty array', () => {
    expect(split(['[]'])).toEqual([]);
  });

  it('refuses text that is not an array and an array that never closes', () => {
    expect(() => split(['{"a":1}'])).toThrow(/JSON array/);
    expect(() => split(['[1, 2'])).toThrow(/not closed/);
  });
});
