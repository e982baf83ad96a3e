/**
 * The URL of a `Link` header entry with the given relation (RFC 8288), e.g. Okta's
 * `<https://org.okta.com/api/v1/logs?after=…>; rel="next"`. Several entries may share one header,
 * separated by commas.
 */
export function linkWithRel(header: string | undefined, rel: string): string | undefined {
  if (!header) return undefined;
  const entry = /<([^>]*)>([^,<]*)/g;
  for (let m = entry.exec(header); m; m = entry.exec(header)) {
    const params = m[2] ?? '';
    const rels = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(params)?.[1]?.split(/\s+/) ?? [];
    if (rels.includes(rel)) return m[1];
  }
  return undefined;
}
