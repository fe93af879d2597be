/**
 * Trends (METHODOLOGY §4): ordinary-least-squares slope over the window [y0 − W + 1, y0].
 *
 * Quantities are fitted on ln V (values > 0 only: a zero has no logarithm and is left out),
 * ordinals on the level itself. Fewer than 3 points → slope 0, flagged "no trend data".
 */
import type { TrendFit } from '../model/results';

/** Fewer points than this → no trend. */
export const MIN_TREND_POINTS = 3;

/**
 * OLS slope of ys on xs over the first n entries (centred two-pass form, which is exact for
 * collinear points such as a constant growth rate). NaN when the xs do not vary.
 */
export function olsSlope(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number): number {
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += xs[k];
    my += ys[k];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < n; k++) {
    const dx = xs[k] - mx;
    sxy += dx * (ys[k] - my);
    sxx += dx * dx;
  }
  return sxx > 0 ? sxy / sxx : NaN;
}

/**
 * The §4 fit of a yearly series. `log` = quantity (fit ln V, skip values ≤ 0 or NaN);
 * otherwise ordinal (skip NaN). Series points are (years[k], values[k]) for k < n.
 * `scratchX`/`scratchY` must hold n numbers (passed in so Monte Carlo draws do not allocate).
 */
export function fitSeries(
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  n: number,
  log: boolean,
  scratchX: Float64Array = new Float64Array(n),
  scratchY: Float64Array = new Float64Array(n),
): TrendFit {
  let m = 0;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (log ? !(v > 0) : Number.isNaN(v)) continue;
    scratchX[m] = years[k];
    scratchY[m++] = log ? Math.log(v) : v;
  }
  if (m < MIN_TREND_POINTS) return { slope: 0, points: m, noTrendData: true };
  return { slope: olsSlope(scratchX, scratchY, m), points: m, noTrendData: false };
}

/** A "no data" fit (text indicators, actors without a value). */
export function noTrend(): TrendFit {
  return { slope: 0, points: 0, noTrendData: true };
}
