import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { readRecords } from '../events/record-reader.js';
import type { AccessRecord } from './access-import.service.js';

/** Reads an access snapshot as CSV (with a header) or NDJSON (one object per line). */
export async function* readAccessFile(
  input: Readable,
  format: 'csv' | 'ndjson',
  origin: string,
): AsyncGenerator<AccessRecord> {
  if (format === 'ndjson') {
    for await (const record of readRecords(input, origin)) {
      let values: unknown;
      try {
        values = JSON.parse(record.text);
      } catch (error) {
        values = { __invalid: `not valid JSON: ${(error as Error).message}` };
      }
      const isObject = typeof values === 'object' && values !== null && !Array.isArray(values);
      yield {
        line: record.line,
        values: isObject ? (values as Record<string, unknown>) : { __invalid: 'not a JSON object' },
      };
    }
    return;
  }
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    }),
  );
  for await (const entry of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>)
    yield { line: entry.info.lines, values: entry.record };
}
