import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NetworkPolicy } from '../../src/outbound/network-policy.js';
import { OutboundClient } from '../../src/outbound/http-client.js';
import type { RetryEnv } from '../../src/outbound/retrying.js';

/** A request a local test server received. */
export interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface LocalServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export type Handler = (req: Received, res: http.ServerResponse) => void | Promise<void>;

/** An HTTP server on 127.0.0.1 and a free port, standing in for a vendor's API. */
export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(r);
      Promise.resolve(handler(r, res)).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A client that may reach loopback only: tests allow it explicitly, nothing else. */
export function loopbackClient(
  allowedHosts: readonly string[] = ['127.0.0.1'],
  limits: { timeoutMs?: number; maxResponseBytes?: number } = {},
): OutboundClient {
  return new OutboundClient({
    policy: new NetworkPolicy(['127.0.0.0/8', '::1/128']),
    allowedHosts,
    timeoutMs: limits.timeoutMs ?? 5000,
    maxResponseBytes: limits.maxResponseBytes ?? 1024 * 1024,
  });
}

/** Retry timing that does not wait, recording the waits asked for. */
export function instantRetryEnv(): RetryEnv & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    now: () => Date.now(),
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  };
}
