import { Worker } from 'node:worker_threads';
import { findFormat } from './formats/index.js';
import type { InputFormat, RawRecord } from './formats/format.js';
import type { PreparedChunk } from './prepare-chunk.js';
import { prepareChunk } from './prepare-chunk.js';

/** A chunk of records to prepare, with what preparing needs: the format, the known types, a time. */
export interface PrepareJob {
  format: InputFormat;
  types: ReadonlySet<string>;
  records: readonly RawRecord[];
  now: number;
}

/** Where records are prepared: in the ingesting thread, or on a thread of their own. */
export interface Preparer {
  prepare(job: PrepareJob): Promise<PreparedChunk>;
  close(): Promise<void>;
}

/** Prepares in the calling thread: the default, and right for small inputs. */
export const inThreadPreparer: Preparer = {
  prepare: (job) => Promise.resolve(prepareInThread(job)),
  close: () => Promise.resolve(),
};

function prepareInThread(job: PrepareJob): PreparedChunk {
  return prepareChunk(job.format, job.types, job.records, job.now);
}

export interface PrepareRequest {
  id: number;
  format: string;
  types: string[];
  records: RawRecord[];
  now: number;
}

export type PrepareReply = { id: number; chunk: PreparedChunk } | { id: number; error: string };

interface Waiting {
  resolve(chunk: PreparedChunk): void;
  reject(error: Error): void;
}

/**
 * Prepares records on a worker thread, so that parsing and checking the next records (about a
 * third of the work of ingesting a file) overlaps with writing the previous ones on a machine
 * with a second core. Replies come back in the order asked. Records the thread cannot take (a
 * format that is not registered, values a reader has already parsed) are prepared in the calling
 * thread instead. Call `close` when done: the thread keeps the process alive until then.
 */
export class ThreadPreparer implements Preparer {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, Waiting>();

  prepare(job: PrepareJob): Promise<PreparedChunk> {
    const unsuited =
      findFormat(job.format.name) !== job.format || job.records.some((r) => r.value !== undefined);
    if (unsuited) return Promise.resolve(prepareInThread(job));
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    const request: PrepareRequest = {
      id,
      format: job.format.name,
      types: [...job.types],
      records: job.records.map(({ text, line, origin }) => ({ text, line, origin })),
      now: job.now,
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  /** Stops the thread; chunks still being prepared fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the preparation thread was closed'));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = startWorker();
    worker.on('message', (reply: PrepareReply) => this.settle(reply));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error(`the preparation thread stopped (exit code ${code})`));
    });
    return worker;
  }

  private settle(reply: PrepareReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(`preparing records failed: ${reply.error}`));
    else waiting?.resolve(reply.chunk);
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/**
 * Starts `prepare.worker`: the compiled file when running from `dist`; from the TypeScript
 * source (tests, benchmarks) through tsx's loader, registered in the new thread first.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./prepare.worker.js', import.meta.url));
  const loader = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./prepare.worker.ts', import.meta.url).href);
  const boot = `import(${loader}).then((tsx) => { tsx.register(); return import(${entry}); })`;
  return new Worker(boot, { eval: true });
}
