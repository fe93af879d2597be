/**
 * Indicator asymmetry a ∈ [−1, 1] (METHODOLOGY §2) and its projection terms (§5).
 *
 * A quantity's asymmetry at k years ahead is
 *   clamp(d · log2(V̂_S(k) / V̂_R(k)) / K) = clamp(base + rate·k),
 *   base = d · log2(V_S / V_R) / K,  rate = d · (g_S − g_R) / (ln 2 · K),
 * because V̂(k) = V(y0)·exp(g·k). Writing it this way lets the projection reuse the exact
 * number of §2 at k = 0 and cost one multiply-add per year. A zero on either side stays zero
 * under exponential growth, so those cases are constant: V_S > 0 = V_R → d; V_S = 0 < V_R →
 * −d; both 0 → 0.
 */

/** clamp(x, lo, hi). */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Projection terms of a quantity: a(k) = clamp(base + rate·k, −1, 1). */
export interface QuantityTerms {
  /** a at k = 0 before clamping. */
  base: number;
  /** Change of the unclamped a per year. */
  rate: number;
}

/**
 * Terms for side value vs, rival value vr (both ≥ 0), their trend slopes gs, gr (per year, of
 * ln V), direction d and saturation K.
 */
export function quantityTerms(vs: number, vr: number, gs: number, gr: number, d: number, saturation: number): QuantityTerms {
  if (vs > 0 && vr > 0) return { base: (d * Math.log2(vs / vr)) / saturation, rate: (d * (gs - gr)) / (Math.LN2 * saturation) };
  if (vs > 0) return { base: d, rate: 0 };
  if (vr > 0) return { base: -d, rate: 0 };
  return { base: 0, rate: 0 };
}

/** a of a quantity at y0: clamp(d · log2(V_S / V_R) / K, −1, 1), zeros as in §2. */
export function quantityAsymmetry(vs: number, vr: number, d: number, saturation: number): number {
  return clamp(quantityTerms(vs, vr, 0, 0, d, saturation).base, -1, 1);
}

/**
 * a of an ordinal: d · (L_S − L_R) / (L_max − L_min). Levels are first clamped into
 * [L_min, L_max] (a no-op for valid data; ingest refuses levels outside the scale) so that a
 * stray value cannot push a outside [−1, 1]. A one-level scale gives 0.
 */
export function ordinalAsymmetry(ls: number, lr: number, d: number, levelMin: number, levelMax: number): number {
  const range = levelMax - levelMin;
  if (!(range > 0)) return 0;
  return clamp((d * (clamp(ls, levelMin, levelMax) - clamp(lr, levelMin, levelMax))) / range, -1, 1);
}

/** Raw ratio V_S / V_R shown beside a quantity's a: Infinity when V_R = 0 < V_S, null when both are 0. */
export function rawRatio(vs: number, vr: number): number | null {
  if (vr > 0) return vs / vr;
  return vs > 0 ? Infinity : null;
}
