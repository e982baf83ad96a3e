/** What a dead-letter replay did, for the audit log: the letters and how many of each outcome. */
export function replayDetails(results: { id: number; outcome: string }[]): Record<string, unknown> {
  const outcomes: Record<string, number> = {};
  for (const r of results) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  return { ids: results.slice(0, 1000).map((r) => r.id), outcomes };
}
