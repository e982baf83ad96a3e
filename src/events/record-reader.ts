import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { RawRecord } from './formats/format.js';
import { JsonArraySplitter } from './json-array-splitter.js';

export interface ReadProgress {
  bytes: number;
}

/** Thrown when the input as a whole cannot be read as records (not a single bad record). */
export class InputShapeError extends Error {}

/**
 * Reads records from a stream: one per line (NDJSON, syslog, CEF), or, when the input starts with
 * `[`, the elements of one JSON array. Memory stays bounded by the longest record.
 */
export async function* readRecords(
  input: Readable | AsyncIterable<Buffer | string>,
  origin: string,
  progress: ReadProgress = { bytes: 0 },
  allowArray = true,
): AsyncGenerator<RawRecord> {
  const decoder = new StringDecoder('utf8');
  let mode: 'unknown' | 'lines' | 'array' = 'unknown';
  const splitter = new JsonArraySplitter();
  let pending = '';
  let line = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    progress.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (mode === 'unknown') {
      const first = (pending + text).trimStart()[0];
      if (first === undefined) {
        pending += text;
        continue;
      }
      mode = allowArray && first === '[' ? 'array' : 'lines';
    }
    if (mode === 'array') {
      for (const element of splitArray(splitter, pending + text))
        yield { text: element.text, line: element.index, origin };
      pending = '';
      continue;
    }
    const parts = (pending + text).split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      line++;
      const record = part.endsWith('\r') ? part.slice(0, -1) : part;
      if (record.trim() !== '') yield { text: record, line, origin };
    }
  }
  const rest = pending + decoder.end();
  if (mode === 'array') {
    for (const element of splitArray(splitter, rest))
      yield { text: element.text, line: element.index, origin };
    try {
      splitter.end();
    } catch (error) {
      throw new InputShapeError(`${origin}: ${(error as Error).message}`);
    }
  } else if (rest.trim() !== '') {
    yield { text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, line: line + 1, origin };
  }
}

function splitArray(splitter: JsonArraySplitter, text: string): { text: string; index: number }[] {
  try {
    return splitter.push(text);
  } catch (error) {
    throw new InputShapeError((error as Error).message);
  }
}
