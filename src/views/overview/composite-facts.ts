/**
 * Facts about one composite A that every comparison view shows beside it: how many indicators
 * it used, whether a stale value stood in, its sources and its weakest confidence grade. Read
 * from the engine's per-indicator detail; nothing is recomputed.
 */
import type { Confidence } from '../../model/dataset';
import type { IndicatorAssessment, TechnologyAssessment } from '../../model/results';

/** What a composite rests on. */
export interface CompositeFacts {
  /** Indicators that entered A (defined a_i, not excluded). */
  used: number;
  /** True when any value entering A is older than y0 (stood in within the staleness window). */
  stale: boolean;
  /** Source ids or texts of the values entering A, side first, without repeats. */
  sources: string[];
  /** Weakest confidence grade among the values entering A (C is weakest), or null. */
  confidence: Confidence | null;
}

const GRADE_ORDER: Record<Confidence, number> = { A: 0, B: 1, C: 2 };

/** True when the indicator entered the composite. */
export function entersComposite(indicator: IndicatorAssessment): boolean {
  return indicator.asymmetry !== null && indicator.excluded === undefined;
}

/**
 * Facts per detail array: the engine hands out the same `indicators` array while only H, Hmax,
 * ε or relevance change, so a horizon drag does not recount 13 k indicator values at ~230 k.
 */
const factsByIndicators = new WeakMap<readonly IndicatorAssessment[], CompositeFacts>();

/** Facts of `assessment`'s composite (treat as read-only: shared by results with the same detail). */
export function compositeFacts(assessment: TechnologyAssessment): CompositeFacts {
  let facts = factsByIndicators.get(assessment.indicators);
  if (!facts) factsByIndicators.set(assessment.indicators, (facts = factsOf(assessment.indicators)));
  return facts;
}

function factsOf(indicators: readonly IndicatorAssessment[]): CompositeFacts {
  const used = indicators.filter(entersComposite);
  const sources = new Set<string>();
  let confidence: Confidence | null = null;
  let stale = false;
  for (const indicator of used) {
    for (const value of [indicator.side, indicator.rival]) {
      if (value.stale.length > 0) stale = true;
      for (const source of value.sources) sources.add(source);
      if (value.confidence && (confidence === null || GRADE_ORDER[value.confidence] > GRADE_ORDER[confidence])) confidence = value.confidence;
    }
  }
  return { used: used.length, stale, sources: [...sources], confidence };
}
