/**
 * Percentiles of Monte Carlo outcomes.
 *
 * Method: linear interpolation between closest ranks, "type 7" of Hyndman & Fan (1996) — the
 * default of R, NumPy and d3.quantile: for sorted x_0..x_{n−1} and p ∈ [0, 1], h = (n − 1)·p,
 * q = x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋). The median of an even number of ranks can thus be
 * a half (3.5); the 5–95 % interval of a technology ranked 2 in every draw is [2, 2].
 */

/** The p-quantile (type 7) of an ascending array; NaN when it is empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
