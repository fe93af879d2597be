/**
 * Years to parity T (METHODOLOGY §5): the first k in 1..Hmax where the projected composite
 * Â(k) crosses zero (≤ 0 for a lead, ≥ 0 for a lag), interpolated linearly between k − 1 and
 * k; Infinity when it does not cross within Hmax; 0 when A(y0) is exactly 0.
 */

/**
 * T for a composite whose projection is `valueAt(k)` (valueAt(0) = a0). When `path` is given
 * it receives Â(k) for every k = 0..maxYears (the search does not stop at the crossing);
 * otherwise the search stops at the first crossing (Monte Carlo draws).
 */
export function yearsToParity(a0: number, valueAt: (k: number) => number, maxYears: number, path?: number[]): number {
  if (path) path[0] = a0;
  let t = a0 === 0 ? 0 : Infinity;
  let previous = a0;
  for (let k = 1; k <= maxYears; k++) {
    const current = valueAt(k);
    if (path) path[k] = current;
    if (t === Infinity && (a0 > 0 ? current <= 0 : current >= 0)) {
      t = k - 1 + previous / (previous - current);
      if (!path) break;
    }
    previous = current;
  }
  return t;
}

/** T from an already computed path Â(0..Hmax) (for views and tests). */
export function yearsToParityFromPath(path: readonly number[]): number {
  return yearsToParity(path[0], (k) => path[k], path.length - 1);
}
