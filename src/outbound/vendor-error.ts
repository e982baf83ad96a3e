import type { OutboundResponse } from './http-client.js';

/** Longest part of a vendor's error answer kept in a message: enough to read, never a dump. */
const EXCERPT_CHARS = 300;

/** A vendor answered, but not with what was asked for (4xx, 5xx after retries, a wrong shape). */
export class VendorError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'VendorError';
  }

  static fromResponse(what: string, response: OutboundResponse): VendorError {
    const excerpt = response.body.replace(/\s+/g, ' ').trim().slice(0, EXCERPT_CHARS);
    const host = new URL(response.url).host;
    return new VendorError(
      `${what}: ${host} answered HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`,
      response.status,
    );
  }
}
