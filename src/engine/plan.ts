/**
 * The compiled form of one analysis: every cell (side and rivals × technology × indicator)
 * and every comparison (rival × technology). Compiling reads the dataset index; evaluating
 * (`evaluateCells` + `evaluateComparison`) reads only numbers.
 */
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
  /** Rival-major, technologies in dataset order. */
  comparisons: ComparisonPlan[];
  /** Largest number of indicators of a technology (sizes the Composite scratch). */
  maxIndicators: number;
}

/** Compile the analysis of `side` (default: the resolved side) against every resolved rival. */
export function compilePlan(resolved: ResolvedParameters, side: ResolvedActor = resolved.side): AnalysisPlan {
  const { index, year, parameters } = resolved;
  const builder = new CellBuilder(index, year, parameters.staleness, parameters.trendWindow);
  const techIndicators = index.technologyIndicators;
  const sideCells = techIndicators.map((list, t) => list.map((i) => builder.add(side.memberIndex, t, i)));
  const comparisons: ComparisonPlan[] = [];
  resolved.rivals.forEach((rival, r) => {
    techIndicators.forEach((list, t) => {
      comparisons.push({ rival: r, technology: t, indicators: list, sideCells: sideCells[t], rivalCells: list.map((i) => builder.add(rival.memberIndex, t, i)) });
    });
  });
  const maxIndicators = techIndicators.reduce((m, list) => Math.max(m, list.length), 0);
  return { resolved, side, cells: builder.build(), comparisons, maxIndicators };
}
