/**
 * Points for one agent scope, read from the words in its name, as OAuth and Microsoft Graph
 * permissions spell them (`User.Read`, `Mail.Send`, `Files.ReadWrite.All`, `Directory.ReadWrite.All`,
 * `admin:org`, `repo`, `*`). A scope that can administer, or write everywhere, counts like a
 * critical resource; a tenant-wide (`.All`) grant doubles a narrower one.
 */
export function scopePoints(scope: string): number {
  const s = scope.toLowerCase();
  if (/(^|[^a-z])(admin|full_?access|fullcontrol|owner|root)([^a-z]|$)|^\*$|:\*$/.test(s))
    return 20;
  const tenantWide = /\.all$|(^|[^a-z])all([^a-z]|$)/.test(s) ? 2 : 1;
  if (/(write|send|delete|manage|create|update|execute|impersonat|repo)/.test(s))
    return Math.min(20, 8 * tenantWide);
  if (/read/.test(s)) return 3 * tenantWide;
  return 2;
}
