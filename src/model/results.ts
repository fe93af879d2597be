/**
 * What the engine returns (METHODOLOGY §1–9). Views, exports and the CLI read these; none of
 * them recompute any of it.
 */
import type { Confidence, CountryCode, IndicatorKind, LoadIssue } from './dataset';
import type { Parameters } from './parameters';

/** The five classes of METHODOLOGY §6. */
export type AdvantageClass = 'durable' | 'eroding' | 'contested' | 'recoverable' | 'structural';

/** Class names in briefing order (best to worst). */
export const ADVANTAGE_CLASSES: readonly AdvantageClass[] = ['durable', 'eroding', 'contested', 'recoverable', 'structural'];

/** A side or a rival: one country or a coalition of countries. */
export interface Actor {
  /** Member codes joined by `+`, in the order given (`JPN+USA`). */
  label: string;
  /** Member country codes. */
  members: CountryCode[];
}

/** An actor's combined value of one indicator at y0 (METHODOLOGY §1). */
export interface ActorValue {
  /** Combined numeric value (quantity or ordinal level), or null when no member has one. */
  value: number | null;
  /** Text cells of text indicators, per member that has one. */
  texts: { country: CountryCode; text: string }[];
  /** Members that contributed a value. */
  present: CountryCode[];
  /** Members with no value within the staleness window (partial coverage). */
  missing: CountryCode[];
  /** Members whose value is older than y0 (stood in within the staleness window). */
  stale: CountryCode[];
  /** Year of each contributing member's value. */
  years: Record<CountryCode, number>;
  /** Lowest confidence grade among contributing values. */
  confidence: Confidence | null;
  /** Source ids or texts of the contributing values. */
  sources: string[];
  /** Unit as declared (indicators.csv) or as found in the rows. */
  unit?: string;
}

/** Per-indicator detail of one side × rival × technology comparison. */
export interface IndicatorAssessment {
  /** Indicator id. */
  indicator: string;
  /** Kind of the indicator. */
  kind: IndicatorKind;
  /** Effective weight used (file or override × pillar multiplier). */
  weight: number;
  /** Side value at y0. */
  side: ActorValue;
  /** Rival value at y0. */
  rival: ActorValue;
  /** Raw ratio V_S / V_R for quantities (Infinity when V_R = 0 < V_S), null otherwise. */
  ratio: number | null;
  /** Asymmetry a_i ∈ [−1, 1], or null when undefined (missing side, text, …). */
  asymmetry: number | null;
  /** Why the indicator is not in the composite, when it is not. */
  excluded?: 'text' | 'missing-side' | 'missing-rival' | 'zero-weight';
  /** OLS slope of ln V (quantity) or L (ordinal) on year, side and rival (§4). */
  trend: { side: TrendFit; rival: TrendFit };
}

/** A fitted trend over the window [y0−W+1, y0] (METHODOLOGY §4). */
export interface TrendFit {
  /** Slope per year (g for quantities, s for ordinals); 0 when no trend data. */
  slope: number;
  /** Number of points used. */
  points: number;
  /** True when fewer than 3 points were in the window. */
  noTrendData: boolean;
}

/** The assessment of one technology for one side × rival. */
export interface TechnologyAssessment {
  /** Technology id. */
  technology: string;
  /**
   * The assessment year y0 of this side × rival × technology: values at y0 (or stale within
   * `staleness` years before it), the trend window ending at y0 and the projection from y0.
   * The explicit `parameters.year` when set; otherwise the latest year in which a member of
   * the side or of the rival has a value of an indicator of the technology that counts in the
   * composite (quantity/ordinal, effective weight > 0), with fallbacks documented in
   * src/engine/assessment-year.ts. Technologies of one block may have different years.
   */
  year: number;
  /** Composite asymmetry A(y0), or null when no indicator is defined. */
  asymmetry: number | null;
  /** Coverage c ∈ [0, 1]. */
  coverage: number;
  /** c < 0.65. */
  lowCoverage: boolean;
  /** Per-indicator detail (quantity, ordinal and text indicators of the technology). */
  indicators: IndicatorAssessment[];
  /** Projected composite Â(k) for k = 0..Hmax (Â(0) = A(y0)); empty when A is undefined. */
  path: number[];
  /** Change of A per year: Â(1) − Â(0) (the quadrant's "momentum"); null when A is undefined. */
  momentum: number | null;
  /** Years until the composite changes sign, T; Infinity when beyond Hmax; null when A undefined. */
  yearsToParity: number | null;
  /** Class under horizon H; null when A undefined. */
  advantageClass: AdvantageClass | null;
  /** Durable-advantage score D; null when A undefined. */
  score: number | null;
  /** Rank by D (1 = best) among technologies with a defined score; null otherwise. */
  rank: number | null;
  /** Relevance r_t used. */
  relevance: number;
}

/** All technologies of one side × rival, ranked. */
export interface RivalAssessment {
  /** The rival. */
  rival: Actor;
  /** Technologies sorted by rank (undefined ones last, by id). */
  technologies: TechnologyAssessment[];
}

/** Partner contribution ΔA (METHODOLOGY §9). */
export interface PartnerContribution {
  /** Candidate partner country, or a `+`-joined set of countries added together (a preset). */
  partner: CountryCode;
  /** Rival label. */
  rival: string;
  /** Technology id. */
  technology: string;
  /** y0 of both composites: the baseline's y0 for this rival × technology. */
  year: number;
  /** A(S ∪ {p}) − A(S); null when either is undefined. */
  delta: number | null;
  /** A(S ∪ {p}). */
  asymmetryWith: number | null;
  /** A(S), the baseline the delta is taken from (null when undefined). */
  asymmetryWithout: number | null;
}

/** The engine's answer for one dataset and parameter set. */
export interface AnalysisResult {
  /**
   * Parameters as resolved (defaults filled, codes normalised, rivals = the labels assessed).
   * `year` is kept as given: null means "per rival × technology" (each
   * TechnologyAssessment.year says which), so re-running these parameters gives this result.
   */
  parameters: Parameters;
  /**
   * The "as of" year of the analysis: the explicit `parameters.year` when set, else the latest
   * of the per-technology years (TechnologyAssessment.year). Not every technology is assessed
   * at this year: read each technology's own `year`.
   */
  year: number;
  /** The side. */
  side: Actor;
  /** One block per rival, ordered by rival label. */
  rivals: RivalAssessment[];
  /** Non-fatal notes (unknown rival codes dropped, …). */
  warnings: LoadIssue[];
}

/** Monte Carlo summary for one technology (METHODOLOGY §8). */
export interface SensitivitySummary {
  /** Technology id. */
  technology: string;
  /** Rival label. */
  rival: string;
  /** Median rank over draws. */
  rankMedian: number;
  /** 5th percentile rank. */
  rankP05: number;
  /** 95th percentile rank. */
  rankP95: number;
  /** Probability of each class over draws (undefined draws excluded). */
  classProbability: Record<AdvantageClass, number>;
}

/** Monte Carlo result. */
export interface SensitivityResult {
  /** Seed used. */
  seed: number;
  /** Draws made. */
  draws: number;
  /**
   * Per rival × technology with a defined A: rivals by label, then technologies by median
   * rank (ties by id).
   */
  summaries: SensitivitySummary[];
  /**
   * Parameters as resolved for the run (same shape as AnalysisResult.parameters), so an export
   * can check that the summary belongs to the analysis it is written next to. Optional: older
   * results and hand-made fixtures may lack it.
   */
  parameters?: Parameters;
}
