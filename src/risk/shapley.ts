/**
 * Exact Shapley values (Shapley 1953) of n players for a set function v over bitmasks: each
 * player's average marginal contribution over all orders. They sum to v(all) − v(none), which
 * makes them an additive, order-free split of a non-linear score. O(2^n · n); n is 4 here.
 */
export function shapley(n: number, v: (mask: number) => number): number[] {
  const full = (1 << n) - 1;
  const values = new Float64Array(full + 1);
  for (let mask = 0; mask <= full; mask++) values[mask] = v(mask);
  const factorial = [1];
  for (let i = 1; i <= n; i++) factorial[i] = (factorial[i - 1] ?? 1) * i;
  const phi = new Array<number>(n).fill(0);
  for (let mask = 0; mask <= full; mask++) {
    const size = popcount(mask);
    const weight = ((factorial[size] ?? 1) * (factorial[n - size - 1] ?? 1)) / (factorial[n] ?? 1);
    for (let p = 0; p < n; p++) {
      if (mask & (1 << p)) continue;
      const gain = (values[mask | (1 << p)] ?? 0) - (values[mask] ?? 0);
      phi[p] = (phi[p] ?? 0) + weight * gain;
    }
  }
  return phi;
}

function popcount(x: number): number {
  let count = 0;
  for (let y = x; y !== 0; y &= y - 1) count++;
  return count;
}
