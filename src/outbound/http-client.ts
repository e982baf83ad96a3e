import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import { hostAllowed, normaliseHost } from './host-allowlist.js';
import type { NetworkPolicy } from './network-policy.js';
import { OutboundError } from './outbound-error.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OutboundRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface OutboundResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ", " as Node does. */
  headers: Record<string, string | undefined>;
  body: string;
  /** The URL that answered, after redirects. */
  url: string;
}

export interface OutboundOptions {
  policy: NetworkPolicy;
  /** Host names this client may call (`*.example.com` for a domain's hosts). */
  allowedHosts: readonly string[];
  timeoutMs: number;
  maxResponseBytes: number;
  maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The one way Bulwark calls other systems. Every request, and every redirect it follows, must go
 * to an allowed host over https (plain http only to a network the operator allowed); the name is
 * resolved once, every address checked against the network policy, and the connection made to a
 * checked address, so a name that changes its answer between check and use cannot slip past. A
 * whole exchange has a deadline and the answer a size limit.
 */
export class OutboundClient {
  constructor(private readonly options: OutboundOptions) {}

  /** The same client limited to other hosts (each connector calls only its own vendor). */
  forHosts(allowedHosts: readonly string[]): OutboundClient {
    return new OutboundClient({ ...this.options, allowedHosts });
  }

  async send(request: OutboundRequest): Promise<OutboundResponse> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let current = request;
    for (let hop = 0; ; hop++) {
      const response = await this.once(current, signal);
      const location = response.headers.location;
      if (!REDIRECTS.has(response.status) || !location) return response;
      if (hop >= (this.options.maxRedirects ?? 3))
        throw new OutboundError('refused', `too many redirects from ${hostOf(request.url)}`);
      current = redirected(current, response, location);
    }
  }

  private once(request: OutboundRequest, signal: AbortSignal): Promise<OutboundResponse> {
    const url = this.checkedUrl(request.url);
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise<OutboundResponse>((resolve, reject) => {
      const req = lib.request(
        url,
        {
          method: request.method,
          headers: { 'user-agent': 'Bulwark', ...request.headers },
          lookup: this.lookup(url.protocol),
          signal,
        },
        (res) => this.readBody(res, url, resolve, reject),
      );
      req.on('error', (error) => reject(asOutboundError(error, url)));
      if (request.body !== undefined) req.write(request.body);
      req.end();
    });
  }

  private checkedUrl(text: string): URL {
    if (!URL.canParse(text)) throw new OutboundError('refused', 'the URL is not valid');
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new OutboundError('refused', `${url.protocol} URLs are not allowed`);
    if (url.username || url.password)
      throw new OutboundError('refused', 'credentials belong in headers, not in the URL');
    const host = normaliseHost(url.hostname);
    if (!hostAllowed(host, this.options.allowedHosts))
      throw new OutboundError('refused', `${host} is not a configured host of this connection`);
    if (net.isIP(host)) this.checkAddress(host, url.protocol);
    return url;
  }

  private checkAddress(ip: string, protocol: string): void {
    const refusal = this.options.policy.refusal(ip);
    if (refusal) throw new OutboundError('refused', refusal);
    if (protocol === 'http:' && !this.options.policy.isAllowedPrivate(ip))
      throw new OutboundError('refused', `plain http to ${ip} is not allowed; use https`);
  }

  /** Resolves a name and refuses it when any of its addresses is refused. */
  private lookup(protocol: string): LookupFunction {
    return (hostname, options, callback) => {
      dns.lookup(hostname, { all: true }, (error, addresses) => {
        if (error) return callback(error, '', 0);
        try {
          for (const a of addresses) this.checkAddress(a.address, protocol);
        } catch (refused) {
          return callback(refused as Error, '', 0);
        }
        const wanted = options.family ? addresses.filter((a) => a.family === options.family) : [];
        const usable = wanted.length > 0 ? wanted : addresses;
        const first = usable[0];
        if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
        if (options.all) return (callback as AllCallback)(null, usable);
        callback(null, first.address, first.family);
      });
    };
  }

  private readBody(
    res: http.IncomingMessage,
    url: URL,
    resolve: (r: OutboundResponse) => void,
    reject: (e: Error) => void,
  ): void {
    const limit = this.options.maxResponseBytes;
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = () =>
      new OutboundError('too_large', `the answer from ${url.host} is larger than ${limit} bytes`);
    if (Number(res.headers['content-length'] ?? 0) > limit) {
      res.destroy();
      return reject(tooLarge());
    }
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        res.destroy();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    res.on('error', (error) => reject(asOutboundError(error, url)));
    res.on('end', () =>
      resolve({
        status: res.statusCode ?? 0,
        headers: flatHeaders(res.headers),
        body: Buffer.concat(chunks).toString('utf8'),
        url: url.toString(),
      }),
    );
  }
}

type AllCallback = (err: Error | null, addresses: dns.LookupAddress[]) => void;

/** The request to send after a redirect; credentials are not carried to another origin. */
function redirected(
  request: OutboundRequest,
  response: OutboundResponse,
  location: string,
): OutboundRequest {
  const next = new URL(location, response.url);
  const sameOrigin = next.origin === new URL(response.url).origin;
  const headers = { ...request.headers };
  if (!sameOrigin)
    for (const name of Object.keys(headers))
      if (/^(authorization|cookie|x-api-key)$/i.test(name)) delete headers[name];
  const toGet = response.status === 303 || (response.status !== 307 && response.status !== 308);
  return toGet && request.method !== 'GET'
    ? { method: 'GET', url: next.toString(), headers }
    : { ...request, url: next.toString(), headers };
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function asOutboundError(error: unknown, url: URL): OutboundError {
  if (error instanceof OutboundError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e.name === 'AbortError' || e.name === 'TimeoutError')
    return new OutboundError('timeout', `${url.host} did not answer in time`);
  return new OutboundError('network', `${url.host}: ${e.code ?? e.message}`);
}

function hostOf(text: string): string {
  return URL.canParse(text) ? new URL(text).host : 'an invalid URL';
}
