/** The formulas of METHODOLOGY.md as displayed on the Method page (language-neutral). */
export const FORMULAS = {
  coalition: 'V(S,t,i,y) = sum | max | mean of { V(m,t,i,y) : m ∈ S with a value }',
  quantity: 'a = clamp( d · log2(V_S / V_R) / K , −1, 1 )',
  quantityEdges: 'V_S > 0, V_R = 0 → a = d      V_S = 0, V_R > 0 → a = −d      both 0 → a = 0',
  ordinal: 'a = d · (L_S − L_R) / (L_max − L_min)',
  composite: 'A(S,R,t,y) = Σ wᵢ·aᵢ / Σ wᵢ      (indicators with a defined aᵢ and wᵢ > 0)',
  coverage: 'c = Σ wᵢ (defined) / Σ wᵢ (all scored indicators)      c < 0.65 → low coverage',
  trend: 'g = OLS slope of ln V(y) on y      s = OLS slope of L(y) on y      y ∈ [y0 − W + 1, y0]',
  projection: 'V̂(k) = V(y0) · exp(g·k)      L̂(k) = clamp( L(y0) + s·k, L_min, L_max )      k = 1 … Hmax',
  parity: 'T = (k − 1) + Â(k−1) / ( Â(k−1) − Â(k) )      at the first k where Â changes sign',
  score: 'D = r_t · A(y0) · min(T, Hmax) / Hmax',
  sensitivity: "wᵢ' = wᵢ · exp(0.25·z)      V' = V · exp(σ·z),  σ = 0.05 (A) | 0.15 (B) | 0.35 (C)",
  partners: 'ΔA(t) = A(S ∪ {p}, R, t) − A(S, R, t)',
} as const;
