/**
 * Splits `total` into whole parts proportional to `shares` by the largest-remainder method, so
 * that the parts always add up to `total`.
 */
export function allocate(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** Manager of the `i`-th member of a team laid out as a tree with `span` reports per manager. */
export function treeParent(i: number, span: number): number {
  return i === 0 ? -1 : Math.floor((i - 1) / span);
}

/** Whether the `i`-th member of such a tree of `size` members has reports. */
export function hasReports(i: number, size: number, span: number): boolean {
  return i * span + 1 < size;
}

/** Depth of the `i`-th member in such a tree (0 for the root). */
export function treeDepth(i: number, span: number): number {
  let depth = 0;
  for (let node = i; node > 0; node = treeParent(node, span)) depth += 1;
  return depth;
}
