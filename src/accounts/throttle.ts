/**
 * Sign-in throttling: failures are counted per account and per client address over a sliding
 * window. An account is held after a handful of failures (guessing one password) and an address
 * after many more (trying many accounts, or many people behind one NAT). Chosen, not sourced:
 * loose enough that a person mistyping twice never notices.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  perAccount: 5,
  perAddress: 50,
} as const;

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(ip: string | null): string {
  return `ip:${ip ?? 'unknown'}`;
}

/** Seconds until the oldest failure in the window ages out, for Retry-After. */
export function retryAfterSeconds(oldestFailureAt: number, now: number): number {
  return Math.max(1, Math.ceil((oldestFailureAt + THROTTLE.windowMs - now) / 1000));
}
