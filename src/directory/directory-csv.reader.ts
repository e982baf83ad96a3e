import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { DirectoryRecord } from './directory-import.service.js';

/**
 * Streams a directory CSV as records with their line numbers. A row the CSV parser cannot read
 * (an unclosed quote, for example) ends the file with an error naming its line.
 */
export async function* readDirectoryCsv(input: Readable): AsyncGenerator<DirectoryRecord> {
  const parser = input.pipe(
    parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }),
  );
  let header: string[] | undefined;
  for await (const entry of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (!header) {
      header = entry.record.map((h) => h.trim().toLowerCase());
      continue;
    }
    const values: Record<string, string | undefined> = {};
    header.forEach((column, i) => (values[column] = entry.record[i]));
    if (entry.record.length > header.length)
      values.__extra = entry.record.slice(header.length).join(',');
    yield { line: entry.info.lines, header, values };
  }
}
