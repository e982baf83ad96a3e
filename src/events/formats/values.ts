import type { Severity } from '../../catalog/behaviour.js';

/** An ISO 8601 instant in UTC, or undefined when the value is not a parseable date-time. */
export function isoTime(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? safeIso(value) : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return safeIso(Date.parse(value));
}

/** Epoch seconds or milliseconds (told apart by magnitude: 1e11 s is the year 5138). */
export function isoFromEpoch(value: number): string | undefined {
  return safeIso(Math.abs(value) < 1e11 ? value * 1000 : value);
}

function safeIso(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
  informational: 'low',
  info: 'low',
  low: 'low',
  medium: 'medium',
  moderate: 'medium',
  high: 'high',
  critical: 'critical',
  'very-high': 'critical',
};

/** A vendor's severity word (case-insensitive) as Bulwark's severity; unknown words give none. */
export function severityFromWord(word: unknown): Severity | undefined {
  if (typeof word !== 'string') return undefined;
  return SEVERITY_WORDS[word.trim().toLowerCase()];
}

/** Drops undefined, null and empty-string fields so details only carry what the vendor said. */
export function compact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loosely looks like an email address or UPN (`local@domain`). */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

const SECRET_PARAM = /pass(word|wd)?|secret|token|key|code|sig|session|auth/i;

/** A URL with the values of query parameters that may carry secrets replaced by `REDACTED`. */
export function redactUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, 'REDACTED');
  }
  return parsed.toString();
}
