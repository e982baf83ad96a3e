/**
 * Where to go after signing in: only a path on this site, never another origin named in the URL
 * (`//evil.example`, `/\evil.example` and `https://…` are all refused).
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/')) return null;
  if (next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
