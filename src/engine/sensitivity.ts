/**
 * Sensitivity analysis (METHODOLOGY §8): N seeded draws, each perturbing every weight and
 * every quantity, recomputing A, T, class, D and rank with the same code as `analyse`.
 *
 * Per draw, in this order (the seed fixes the whole stream):
 *  1. one z per indicator, in dataset order: w_i' = w_i · exp(0.25·z) (an indicator's weight is
 *     one number, shared by every technology and rival);
 *  2. one z per value row used by the analysis, in ascending row order, for quantity rows only:
 *     V' = V · exp(σ·z), σ = 0.05 / 0.15 / 0.35 for confidence A / B / C. One z per row means a
 *     side's value is perturbed identically against every rival, and a row's y0 and trend roles
 *     move together. Ordinal levels and text are not perturbed (the method perturbs quantities).
 * y0 stays fixed: the per rival × technology years (assessment-year.ts) are resolved once, from
 * the unperturbed effective weights, when the plan is compiled; a perturbed weight never moves
 * them. (They would come out the same anyway, since w·exp(0.25·z) > 0 exactly when w > 0, but
 * resolving them once keeps that a rule rather than an accident of the perturbation.)
 * Relevance r_t is not perturbed. Zero stays zero and weights keep their sign, so the set of
 * technologies with a defined A is the same in every draw; technologies with undefined A get
 * no summary.
 *
 * Cost per draw: one pass over the used rows and the cells, then each comparison's projection
 * up to its first sign change — the dataset index and the compiled plan are built once.
 */
import { CONFIDENCE_GRADES, type Confidence, type Dataset } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import { ADVANTAGE_CLASSES, type AdvantageClass, type SensitivityResult, type SensitivitySummary } from '../model/results';
import { cellValues, evaluateCells } from './cells';
import { Composite, compositeOutcome, evaluateComparison } from './composite';
import { SensitivityCancelledError } from './errors';
import { quantileSorted } from './percentile';
import { compilePlan } from './plan';
import { mulberry32, normalSource } from './prng';
import { compareRankables } from './rank';
import { resolveOrThrow } from './resolve';

/** σ of the log-normal value perturbation by confidence grade. */
export const VALUE_SIGMA: Readonly<Record<Confidence, number>> = Object.freeze({ A: 0.05, B: 0.15, C: 0.35 });
/** σ of the log-normal weight perturbation. */
export const WEIGHT_SIGMA = 0.25;

/** Callbacks of runSensitivity. */
export interface SensitivityOptions {
  /** Called about every 1 % of the draws and at the end with (draws done, draws total). */
  onProgress?: (done: number, total: number) => void;
  /** Polled at the same cadence; answering true aborts with SensitivityCancelledError. */
  isCancelled?: () => boolean;
}

/**
 * Run the Monte Carlo with `params.monteCarlo` (draws, seed).
 * @throws {InvalidParametersError} on invalid parameters.
 * @throws {SensitivityCancelledError} when isCancelled answers true.
 */
export function runSensitivity(dataset: Dataset, params: Partial<Parameters> = {}, options: SensitivityOptions = {}): SensitivityResult {
  const resolved = resolveOrThrow(dataset, params);
  const { index, parameters } = resolved;
  const { draws, seed } = parameters.monteCarlo;
  const plan = compilePlan(resolved);
  const { cells, comparisons } = plan;
  const table = index.table;

  const used = new Uint8Array(table.length);
  const mark = (rows: Int32Array, from: number, to: number) => {
    for (let k = from; k < to; k++) used[rows[k]] = 1;
  };
  for (let c = 0; c < cells.count; c++) {
    if (!cells.logTrend[c]) continue;
    mark(cells.presentRows, cells.presentStart[c], cells.presentEnd[c]);
    const width = cells.presentEnd[c] - cells.presentStart[c];
    const first = cells.trendStart[c];
    if (cells.trendCount[c] > 0) mark(cells.trendRows, cells.trendRowStart[first], cells.trendRowStart[first] + width * cells.trendCount[c]);
  }
  const rows: number[] = [];
  for (let r = 0; r < table.length; r++) if (used[r]) rows.push(r);
  const sigma = Float64Array.from(rows, (r) => VALUE_SIGMA[CONFIDENCE_GRADES[table.confidence[r]] ?? 'B']);

  const normal = normalSource(mulberry32(seed));
  const perturbed = Float64Array.from(table.value);
  const weights = new Float64Array(resolved.weights.length);
  const values = cellValues(cells.count);
  const composite = new Composite(plan.maxIndicators);
  const out = compositeOutcome();
  const nC = comparisons.length;
  const score = new Float64Array(nC);
  const asym = new Float64Array(nC);
  const ranks = new Int32Array(nC * draws);
  const classCounts = new Int32Array(nC * ADVANTAGE_CLASSES.length);
  const nT = index.technologyIds.length;
  const order = resolved.rivals.map((_, r) => Array.from({ length: nT }, (_, t) => r * nT + t));
  const byRank = (x: number, y: number) => compareRankables({ score: score[x], asymmetry: asym[x], id: index.technologyIds[x % nT] }, { score: score[y], asymmetry: asym[y], id: index.technologyIds[y % nT] });
  const step = Math.max(1, Math.ceil(draws / 100));

  for (let d = 0; d < draws; d++) {
    if (d % step === 0) {
      if (options.isCancelled?.()) throw new SensitivityCancelledError();
      if (d > 0) options.onProgress?.(d, draws);
    }
    for (let i = 0; i < weights.length; i++) weights[i] = resolved.weights[i] * Math.exp(WEIGHT_SIGMA * normal());
    for (let k = 0; k < rows.length; k++) perturbed[rows[k]] = table.value[rows[k]] * Math.exp(sigma[k] * normal());
    evaluateCells(cells, perturbed, values);
    for (let c = 0; c < nC; c++) {
      evaluateComparison(comparisons[c], index.indicators, values, weights, resolved.relevance[comparisons[c].technology], parameters, composite, out);
      score[c] = out.score;
      asym[c] = out.asymmetry;
      if (out.classIndex >= 0) classCounts[c * ADVANTAGE_CLASSES.length + out.classIndex]++;
    }
    for (const block of order) {
      const defined = block.filter((c) => !Number.isNaN(score[c])).sort(byRank);
      defined.forEach((c, position) => (ranks[c * draws + d] = position + 1));
    }
  }
  options.onProgress?.(draws, draws);
  return { seed, draws, summaries: summarise(resolved.rivals.map((r) => r.label), index.technologyIds, order, ranks, classCounts, draws), parameters };
}

function summarise(labels: string[], ids: string[], order: number[][], ranks: Int32Array, counts: Int32Array, draws: number): SensitivitySummary[] {
  const out: SensitivitySummary[] = [];
  const nT = ids.length;
  order.forEach((block, r) => {
    const rows: SensitivitySummary[] = [];
    for (const c of block) {
      const mine = ranks.subarray(c * draws, (c + 1) * draws);
      if (mine[0] === 0) continue; // undefined A in every draw
      const sorted = Float64Array.from(mine).sort();
      const classProbability = {} as Record<AdvantageClass, number>;
      ADVANTAGE_CLASSES.forEach((name, k) => (classProbability[name] = counts[c * ADVANTAGE_CLASSES.length + k] / draws));
      rows.push({ technology: ids[c % nT], rival: labels[r], rankMedian: quantileSorted(sorted, 0.5), rankP05: quantileSorted(sorted, 0.05), rankP95: quantileSorted(sorted, 0.95), classProbability });
    }
    rows.sort((a, b) => a.rankMedian - b.rankMedian || (a.technology < b.technology ? -1 : a.technology > b.technology ? 1 : 0));
    out.push(...rows);
  });
  return out;
}
