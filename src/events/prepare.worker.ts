/**
 * The preparation thread: prepares chunks of records (`prepareChunk`) while the ingesting thread
 * writes earlier ones. Started by `ThreadPreparer`; its messages are `PrepareRequest` in and
 * `PrepareReply` out.
 */
import { parentPort } from 'node:worker_threads';
import { findFormat } from './formats/index.js';
import { prepareChunk } from './prepare-chunk.js';
import type { PrepareReply, PrepareRequest } from './preparer.js';

function answer(request: PrepareRequest): PrepareReply {
  const format = findFormat(request.format);
  if (!format) return { id: request.id, error: `format "${request.format}" is not known` };
  try {
    const chunk = prepareChunk(format, new Set(request.types), request.records, request.now);
    return { id: request.id, chunk };
  } catch (error) {
    return { id: request.id, error: (error as Error).message };
  }
}

parentPort?.on('message', (request: PrepareRequest) => parentPort?.postMessage(answer(request)));
