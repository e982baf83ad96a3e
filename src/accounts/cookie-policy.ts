import type { Config } from '../config/config.js';
import type { CookieOptions } from './cookies.js';
import { serialiseCookie } from './cookies.js';
import type { SessionPolicy } from './session.js';
import { SESSION_COOKIE } from './session.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The address people reach Bulwark at: the setting, or the local server. */
export function publicUrlOf(config: Config): string {
  return config.publicUrl || `http://localhost:${config.port}`;
}

/**
 * Cookies are Secure unless the server is only reached over plain http on this machine, where a
 * browser would otherwise drop them (BULWARK_COOKIE_SECURE=auto).
 */
export function cookiesSecure(config: Config): boolean {
  if (config.cookieSecure !== 'auto') return config.cookieSecure === 'true';
  const url = new URL(publicUrlOf(config));
  return !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

export function sessionPolicyOf(config: Config): SessionPolicy {
  return { idleMs: config.sessionIdleMinutes * 60_000, maxMs: config.sessionMaxHours * 3_600_000 };
}

/** The session cookie: no Max-Age, so it also ends when the browser closes. */
export function sessionCookie(config: Config, sessionId: string): string {
  return serialiseCookie(SESSION_COOKIE, sessionId, cookieOptions(config));
}

export function clearedSessionCookie(config: Config): string {
  return serialiseCookie(SESSION_COOKIE, '', { ...cookieOptions(config), maxAge: 0 });
}

function cookieOptions(config: Config): CookieOptions {
  return { path: '/', secure: cookiesSecure(config) };
}
