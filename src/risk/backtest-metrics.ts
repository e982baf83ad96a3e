/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative,
 * ties counting half (Mann–Whitney U with mid-ranks). NaN when either class is empty.
 */
export function auc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (scores[a] ?? 0) - (scores[b] ?? 0),
  );
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1] ?? 0] === scores[order[i] ?? 0]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++)
      if (positive[order[k] ?? 0]) {
        rankSum += midRank;
        positives++;
      }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Share of the total `weight` (incidents, or their impact) that falls on the top `fraction` of
 * identities by score. Ties at the cut are taken in proportion, which is the expected share under
 * a random tie-break, so a ranking that cannot tell people apart gets no credit for luck.
 */
export function topShare(
  scores: ArrayLike<number>,
  weight: ArrayLike<number>,
  fraction = 0.1,
): number {
  const n = scores.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weight[i] ?? 0;
  if (n === 0 || total === 0) return NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0),
  );
  let room = fraction * n;
  let captured = 0;
  for (let i = 0; i < n && room > 0;) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1] ?? 0] === scores[order[i] ?? 0]) j++;
    const size = j - i + 1;
    let tied = 0;
    for (let k = i; k <= j; k++) tied += weight[order[k] ?? 0] ?? 0;
    captured += tied * Math.min(1, room / size);
    room -= size;
    i = j + 1;
  }
  return captured / total;
}

export interface CalibrationRow {
  /** 1 = lowest-scoring tenth of identities, 10 = highest. */
  decile: number;
  n: number;
  minScore: number;
  maxScore: number;
  meanScore: number;
  /** Identities with at least one incident in the horizon. */
  withIncident: number;
  /** withIncident / n. */
  observedRate: number;
}

/**
 * Observed incident rate by score decile: a useful score rises from the first row to the last.
 * Identities are sorted by score (ties by position) and cut into ten near-equal parts.
 */
export function calibration(
  scores: ArrayLike<number>,
  positive: ArrayLike<boolean>,
): CalibrationRow[] {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) || a - b,
  );
  const rows: CalibrationRow[] = [];
  for (let d = 0; d < 10; d++) {
    const part = order.slice(Math.floor((d * n) / 10), Math.floor(((d + 1) * n) / 10));
    if (part.length === 0) continue;
    const values = part.map((i) => scores[i] ?? 0);
    const withIncident = part.filter((i) => positive[i]).length;
    rows.push({
      decile: d + 1,
      n: part.length,
      minScore: Math.min(...values),
      maxScore: Math.max(...values),
      meanScore: values.reduce((s, v) => s + v, 0) / part.length,
      withIncident,
      observedRate: withIncident / part.length,
    });
  }
  return rows;
}
