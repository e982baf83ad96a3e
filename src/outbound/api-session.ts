import type { OutboundClient, OutboundRequest, OutboundResponse } from './http-client.js';
import type { Authenticator } from './oauth2.js';
import type { RetryPolicy } from './retry.js';
import type { RetryEnv, RetryNote } from './retrying.js';
import { sendWithRetry } from './retrying.js';
import { VendorError } from './vendor-error.js';

/**
 * Calls one vendor's API: credentials from an authenticator, retries with back-off, and one fresh
 * token after a 401 when the authenticator can get one. Answers other than 2xx become
 * `VendorError`s that say what was asked and what came back.
 */
export class ApiSession {
  constructor(
    private readonly client: OutboundClient,
    private readonly auth: Authenticator,
    private readonly retry: RetryPolicy,
    private readonly env: RetryEnv,
    private readonly onRetry?: (note: RetryNote) => void,
  ) {}

  async send(request: OutboundRequest, what: string): Promise<OutboundResponse> {
    let response = await this.attempt(request);
    if (response.status === 401 && this.auth.invalidate) {
      this.auth.invalidate();
      response = await this.attempt(request);
    }
    if (response.status < 200 || response.status >= 300)
      throw VendorError.fromResponse(what, response);
    return response;
  }

  /** Sends and parses the answer as JSON. */
  async json(
    request: OutboundRequest,
    what: string,
  ): Promise<{ value: unknown; response: OutboundResponse }> {
    const response = await this.send(
      { ...request, headers: { accept: 'application/json', ...request.headers } },
      what,
    );
    try {
      return { value: JSON.parse(response.body) as unknown, response };
    } catch {
      throw new VendorError(`${what}: the answer is not JSON`, response.status);
    }
  }

  private async attempt(request: OutboundRequest): Promise<OutboundResponse> {
    const headers = { ...request.headers, ...(await this.auth.headers()) };
    return sendWithRetry(this.client, { ...request, headers }, this.retry, this.env, this.onRetry);
  }
}
