/**
 * The assessment year y0 (METHODOLOGY "Terms": by default the latest year with any data for
 * the selection).
 *
 * With `params.year` set, every technology is assessed at that year. With `params.year` null,
 * y0 is resolved **per rival × technology**, because technologies are measured by different
 * sources that end in different years (patent families 2020, industry value added 2019, coded
 * levels 2024…): one analysis-wide y0 would make whole technologies stale, and hide evidence.
 *
 *   y0(S, R, t) = the latest year in which any member of the side S or of the rival R has a
 *   usable value of a *scored* indicator of technology t — a technology-scope quantity or
 *   ordinal indicator whose EFFECTIVE weight (override × pillar multiplier) is > 0.
 *
 * So weight-0 axes (the governance levels of the default dataset) and text cells never move
 * y0; changing a weight may legitimately move it (a weight set to 0 drops the indicator from
 * the composite, and so from the year). Country-scope context (military expenditure…) never
 * moves y0. y0 is the latest year over S ∪ R, so it is symmetric in S and R (A(S,R) = −A(R,S)
 * keeps holding) and a side-only newer value does move it (the rival's older value then
 * stands in within `staleness` years, or is missing).
 *
 * Fallbacks, in order, when that set is empty (then no indicator can be scored and A is
 * undefined whatever the year; the year only decides which values the detail shows):
 *  1. the latest year of any technology-scope value (weight-0 and text indicators included)
 *     of the countries of S ∪ R for t;
 *  2. the "as of" year of the analysis (below): the technology's countries have no
 *     technology-scope value of t at all, so it is assessed, with every value missing, at the
 *     year of the rest of the analysis;
 *  3. when no rival × technology has a year at all, the analysis-wide {@link selectionYear}
 *     of the side and every rival (the single-y0 rule used before), which validation
 *     guarantees to exist.
 *
 * The years are resolved once per analysis from the unperturbed effective weights; the Monte
 * Carlo keeps them fixed in every draw (a perturbed weight never moves y0), and the partner
 * analysis (§9) assesses S ∪ {p} at the baseline's y0(S, R, t).
 *
 * `AnalysisResult.year` is the "as of" year of the analysis: the explicit year, else the
 * latest of the per-technology years (so no technology is assessed after it).
 */
import type { ResolvedActor } from './actors';
import { type DatasetIndex, NO_YEAR } from './dataset-index';

/**
 * Latest year with data for the given country positions over every technology (scored values
 * first, then any row of any scope or kind), or null when they have none. The analysis-wide
 * fallback of the per-technology years, and validation's "is there any data" check.
 */
export function selectionYear(index: DatasetIndex, countries: readonly number[]): number | null {
  let scored = NO_YEAR;
  let any = NO_YEAR;
  for (const c of countries) {
    if (c < 0) continue;
    scored = Math.max(scored, index.latestScoredYear[c]);
    any = Math.max(any, index.latestAnyYear[c]);
  }
  if (scored !== NO_YEAR) return scored;
  return any !== NO_YEAR ? any : null;
}

/**
 * y0 of technology t for the country positions `countries` (side ∪ rival) under the effective
 * `weights`: the latest year of a usable value of a scored indicator with weight > 0, else the
 * latest year of any technology-scope value of t (fallback 1), else null.
 */
export function technologyYear(index: DatasetIndex, t: number, countries: readonly number[], weights: ArrayLike<number>): number | null {
  let scored = NO_YEAR;
  let any = NO_YEAR;
  for (const i of index.technologyIndicators[t]) {
    const counts = index.indicators[i].scored && weights[i] > 0;
    for (const c of countries) {
      const s = index.seriesOf(t, i, c);
      if (s < 0) continue;
      const y = index.years[index.seriesEnd[s] - 1];
      if (y > any) any = y;
      if (counts && y > scored) scored = y;
    }
  }
  if (scored !== NO_YEAR) return scored;
  return any !== NO_YEAR ? any : null;
}

/** The assessment years of one analysis. */
export interface AssessmentYears {
  /** y0 per comparison, rival-major then technology in dataset order (index r·nT + t). */
  years: Int32Array;
  /** The "as of" year: the explicit year, else the latest of `years`. */
  asOf: number;
}

/** What {@link assessmentYears} reads from the resolved parameters. */
export interface YearInputs {
  /** The dataset's index. */
  index: DatasetIndex;
  /** The explicit y0 (params.year), or null to resolve per rival × technology. */
  year: number | null;
  /** Fallback 3 (analysis-wide year); equals `year` when that is set. */
  fallbackYear: number;
  /** The rivals, in result order. */
  rivals: readonly ResolvedActor[];
  /** Effective (unperturbed) weight per indicator position. */
  weights: ArrayLike<number>;
}

/** y0 of every rival × technology for `side` (see the module comment). */
export function assessmentYears(inputs: YearInputs, side: ResolvedActor): AssessmentYears {
  const { index, year, fallbackYear, rivals, weights } = inputs;
  const nT = index.technologyIds.length;
  const years = new Int32Array(rivals.length * nT);
  if (year !== null) return { years: years.fill(year), asOf: year };
  const resolved = new Uint8Array(years.length);
  let asOf = NO_YEAR;
  rivals.forEach((rival, r) => {
    const countries = [...side.memberIndex, ...rival.memberIndex].filter((c) => c >= 0);
    for (let t = 0; t < nT; t++) {
      const y = technologyYear(index, t, countries, weights);
      if (y === null) continue;
      years[r * nT + t] = y;
      resolved[r * nT + t] = 1;
      if (y > asOf) asOf = y;
    }
  });
  if (asOf === NO_YEAR) asOf = fallbackYear;
  for (let k = 0; k < years.length; k++) if (!resolved[k]) years[k] = asOf;
  return { years, asOf };
}
