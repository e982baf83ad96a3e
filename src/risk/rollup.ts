/**
 * An owner's index with their agents' risk rolled up. The agents' indexes are rank-weighted
 * (Σ r_(i)/i^s, at most 100, so one very risky agent counts in full and each further one less),
 * then joined to the owner's own index as independent chances:
 *   rolled = 100 × (1 − (1 − own/100) × (1 − w × agents/100)),   w = agentRollUpWeight (0.5)
 * An agent's risk counts half because the owner answers for scoping and watching the agent but
 * did not take its actions. Never lower than the owner's own index, and never above 100.
 */
export function rollUpAgents(
  ownRisk: number,
  agentRisks: readonly number[],
  weight: number,
  rankExponent: number,
): number {
  if (agentRisks.length === 0) return ownRisk;
  const sorted = [...agentRisks].sort((a, b) => b - a);
  let agents = 0;
  sorted.forEach((r, i) => {
    agents += Math.max(0, r) / Math.pow(i + 1, rankExponent);
  });
  agents = Math.min(100, agents);
  return 100 * (1 - (1 - ownRisk / 100) * (1 - (weight * agents) / 100));
}
