/** Why an outbound request failed before a usable HTTP answer came back. */
export type OutboundFailure = 'refused' | 'timeout' | 'too_large' | 'network';

/**
 * A request that was not sent (refused by the host allowlist or the network policy) or got no
 * complete answer. Messages name the host, never a credential.
 */
export class OutboundError extends Error {
  constructor(
    readonly failure: OutboundFailure,
    message: string,
  ) {
    super(message);
    this.name = 'OutboundError';
  }

  /** Refusals and oversize answers will not change on a retry; timeouts and resets may. */
  get retryable(): boolean {
    return this.failure === 'timeout' || this.failure === 'network';
  }
}
