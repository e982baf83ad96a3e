import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords } from './record-reader.js';

async function collect(chunks: string[], allowArray = true) {
  const out = [];
  for await (const r of readRecords(
    Readable.from(chunks.map((c) => Buffer.from(c))),
    'test',
    { bytes: 0 },
    allowArray,
  ))
    out.push(r);
  return out;
}

describe('readRecords', () => {
  it('reads NDJSON lines with their line numbers, skipping blank lines', async () => {
    const records = await collect(['{"a":1}\r\n\n{"b"', ':2}\n{"c":3}']);
    expect(records.map((r) => [r.line, r.text])).toEqual([
      [1, '{"a":1}'],
      [3, '{"b":2}'],
      [4, '{"c":3}'],
    ]);
  });

  it('reads the elements of a JSON array', async () => {
    const records = await collect(['  [{"a":1},', '{"b":[2]}]']);
    expect(records.map((r) => [r.line, r.text])).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":[2]}'],
    ]);
  });

  it('keeps multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('{"n":"Zoë"}\n');
    const chunks = [bytes.subarray(0, 9), bytes.subarray(9)];
    const out = [];
    for await (const r of readRecords(Readable.from(chunks), 't')) out.push(r.text);
    expect(out).toEqual(['{"n":"Zoë"}']);
  });

  it('treats a line starting with [ as text when arrays are not allowed', async () => {
    const records = await collect(['[x] hello\n'], false);
    expect(records[0]?.text).toBe('[x] hello');
  });
});
