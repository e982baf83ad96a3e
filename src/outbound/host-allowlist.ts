/**
 * Host names a client may call: exact names, or `*.example.com` for any name under a domain
 * (not the domain itself). Compared without case and without a trailing dot.
 */
export function hostAllowed(host: string, allowlist: readonly string[]): boolean {
  const h = normaliseHost(host);
  return allowlist.some((pattern) => {
    const p = normaliseHost(pattern);
    if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
    return h === p;
  });
}

export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1');
}
