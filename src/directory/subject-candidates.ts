/**
 * The names to look a subject up by, best first. Endpoint tools and CEF senders name Windows
 * accounts `DOMAIN\account`; the directory knows the account name (`sam`) from Entra or a CSV, so
 * after the full name the account name alone is tried.
 */
export function subjectCandidates(subjectLc: string): string[] {
  const slash = subjectLc.lastIndexOf('\\');
  if (slash <= 0 || slash === subjectLc.length - 1) return [subjectLc];
  return [subjectLc, subjectLc.slice(slash + 1)];
}
