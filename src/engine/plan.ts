/**
 * The compiled form of one analysis: every cell (side and rivals × technology × indicator, at
 * the comparison's y0) and every comparison (rival × technology). Compiling reads the dataset
 * index; evaluating (`evaluateCells` + `evaluateComparison`) reads only numbers.
 *
 * y0 is per rival × technology (assessment-year.ts), so the side's cells of a technology are
 * compiled once per distinct y0 and shared by the rivals assessed at that year.
 */
import { type AssessmentYears, assessmentYears } from './assessment-year';
import { type CellTable, CellBuilder } from './cells';
import type { ComparisonPlan } from './composite';
import type { ResolvedActor } from './actors';
import type { ResolvedParameters } from './resolve';

/** A compiled analysis. */
export interface AnalysisPlan {
  /** The parameters it was compiled for. */
  resolved: ResolvedParameters;
  /** The side assessed (resolved.side, or a side with partners added). */
  side: ResolvedActor;
  /** All cells. */
  cells: CellTable;
  /** Rival-major, technologies in dataset order (index r·nT + t); each carries its y0. */
  comparisons: ComparisonPlan[];
  /** The years the plan was compiled for (comparison k is at years.years[k]). */
  years: AssessmentYears;
  /** Largest number of indicators of a technology (sizes the Composite scratch). */
  maxIndicators: number;
}

/**
 * Compile the analysis of `side` (default: the resolved side) against every resolved rival.
 * `years` default to those of `side` under the resolved (unperturbed) weights; the partner
 * analysis passes the baseline's, so that S ∪ {p} is compared at the same years as S.
 */
export function compilePlan(resolved: ResolvedParameters, side: ResolvedActor = resolved.side, years: AssessmentYears = assessmentYears(resolved, side)): AnalysisPlan {
  const { index, parameters } = resolved;
  const builder = new CellBuilder(index, parameters.staleness, parameters.trendWindow);
  const techIndicators = index.technologyIndicators;
  const nT = techIndicators.length;
  const sideCells = techIndicators.map(() => new Map<number, number[]>());
  const comparisons: ComparisonPlan[] = [];
  resolved.rivals.forEach((rival, r) => {
    techIndicators.forEach((list, t) => {
      const year = years.years[r * nT + t];
      let mine = sideCells[t].get(year);
      if (!mine) sideCells[t].set(year, (mine = list.map((i) => builder.add(side.memberIndex, t, i, year))));
      comparisons.push({ rival: r, technology: t, year, indicators: list, sideCells: mine, rivalCells: list.map((i) => builder.add(rival.memberIndex, t, i, year)) });
    });
  });
  const maxIndicators = techIndicators.reduce((m, list) => Math.max(m, list.length), 0);
  return { resolved, side, cells: builder.build(), comparisons, years, maxIndicators };
}
