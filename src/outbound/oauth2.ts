import type { OutboundClient } from './http-client.js';
import type { RetryPolicy } from './retry.js';
import type { RetryEnv } from './retrying.js';
import { sendWithRetry } from './retrying.js';
import { VendorError } from './vendor-error.js';

/** Supplies the credential headers of a request. */
export interface Authenticator {
  headers(): Promise<Record<string, string>>;
  /** Forgets a cached token after the vendor refused it, so the next call fetches a new one. */
  invalidate?(): void;
}

export function staticAuth(headers: Record<string, string>): Authenticator {
  return { headers: () => Promise.resolve(headers) };
}

export function basicAuth(user: string, password: string): Authenticator {
  const encoded = Buffer.from(`${user}:${password}`).toString('base64');
  return staticAuth({ authorization: `Basic ${encoded}` });
}

export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes, when the vendor wants them (Microsoft: `…/.default`). */
  scope?: string;
}

/** Refresh this long before the token says it expires, so that a request never carries a stale one. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * OAuth 2.0 client credentials grant (RFC 6749 §4.4): the client id and secret are posted as a
 * form, and the access token is kept until shortly before `expires_in` runs out, or until the
 * vendor refuses it.
 */
export class ClientCredentialsAuth implements Authenticator {
  private token: { value: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly client: OutboundClient,
    private readonly credentials: ClientCredentials,
    private readonly retry: RetryPolicy,
    private readonly env: RetryEnv,
  ) {}

  async headers(): Promise<Record<string, string>> {
    const now = this.env.now();
    if (!this.token || this.token.expiresAt - EXPIRY_MARGIN_MS <= now) {
      this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
      await this.pending;
    }
    return { authorization: `Bearer ${this.token?.value ?? ''}` };
  }

  invalidate(): void {
    this.token = undefined;
  }

  private async fetchToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.credentials.clientId,
      client_secret: this.credentials.clientSecret,
    });
    if (this.credentials.scope) form.set('scope', this.credentials.scope);
    const response = await sendWithRetry(
      this.client,
      {
        method: 'POST',
        url: this.credentials.tokenUrl,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form.toString(),
      },
      this.retry,
      this.env,
    );
    if (response.status !== 200 && response.status !== 201)
      throw VendorError.fromResponse('token request', response);
    const parsed = parseToken(response.body);
    if (typeof parsed === 'string')
      throw new VendorError(`token request: ${parsed}`, response.status);
    this.token = { value: parsed.token, expiresAt: this.env.now() + parsed.expiresInS * 1000 };
    return parsed.token;
  }
}

function parseToken(body: string): { token: string; expiresInS: number } | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'the answer is not JSON';
  }
  if (typeof value !== 'object' || value === null) return 'the answer is not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.access_token !== 'string' || record.access_token === '')
    return 'the answer has no access_token';
  const expires = Number(record.expires_in ?? 3600);
  return { token: record.access_token, expiresInS: Number.isFinite(expires) ? expires : 3600 };
}
