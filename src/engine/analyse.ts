/**
 * analyse(dataset, params): the whole method (METHODOLOGY §1–7) for one side against every
 * rival, technology by technology.
 *
 * Pipeline: resolve parameters → resolve y0 per rival × technology (assessment-year.ts) and
 * compile the plan (cells and comparisons) → evaluate cells on the dataset's values (both
 * reused while only composite-step parameters change, compiled-cells.ts) → evaluate
 * each comparison → attach per-indicator detail → rank (by D, across technologies whatever
 * their y0). ActorValue objects are shared by every rival block assessed at the same y0 and by
 * every later analysis that reuses the cells: treat the result as read-only.
 */
import type { Dataset } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import { ADVANTAGE_CLASSES, type AnalysisResult, type RivalAssessment, type TechnologyAssessment } from '../model/results';
import { actorValue } from './actor-value';
import { type CompiledAnalysis, compiledCells } from './compiled-cells';
import { Composite, compositeOutcome, evaluateComparison } from './composite';
import type { EngineResult } from './errors';
import { indicatorDetail } from './indicator-detail';
import { rankOf } from './rank';
import { resolveOrThrow, resolveParameters, type ResolvedParameters } from './resolve';

/** Coverage below this is flagged (the JRC rule of thumb, METHODOLOGY §3). */
export const LOW_COVERAGE = 0.65;

/**
 * Run the method. Missing parameter fields take the defaults.
 * @throws {InvalidParametersError} when validateParameters finds any issue.
 */
export function analyse(dataset: Dataset, params: Partial<Parameters> = {}): AnalysisResult {
  return analyseResolved(resolveOrThrow(dataset, params));
}

/** analyse as a tagged result: `{ ok: false, errors }` instead of throwing on invalid parameters. */
export function tryAnalyse(dataset: Dataset, params: Partial<Parameters> = {}): EngineResult<AnalysisResult> {
  const resolved = resolveParameters(dataset, params);
  return resolved.ok ? { ok: true, value: analyseResolved(resolved.value) } : resolved;
}

/** analyse for already resolved parameters. */
function analyseResolved(resolved: ResolvedParameters): AnalysisResult {
  const compiled = compiledCells(resolved);
  const { plan } = compiled;
  const { side } = resolved;
  const rivals: RivalAssessment[] = resolved.rivals.map((rival) => ({ rival: { label: rival.label, members: [...rival.members] }, technologies: [] }));
  const composite = new Composite(plan.maxIndicators);
  plan.comparisons.forEach((comparison, k) => rivals[comparison.rival].technologies.push(assessTechnology(compiled, k, composite)));
  for (const block of rivals) rankBlock(block);
  return { parameters: resolved.parameters, year: plan.years.asOf, side: { label: side.label, members: [...side.members] }, rivals, warnings: [...resolved.warnings] };
}

function assessTechnology(compiled: CompiledAnalysis, k: number, composite: Composite): TechnologyAssessment {
  const { plan, values, actorValues, details } = compiled;
  const comparison = plan.comparisons[k];
  const { resolved, cells } = plan;
  const { index, parameters } = resolved;
  const { technology: t, year } = comparison;
  const rival = resolved.rivals[comparison.rival];
  const path: number[] = new Array<number>(parameters.maxYears + 1);
  const out = compositeOutcome();
  const relevance = resolved.relevance[t];
  evaluateComparison(comparison, index.indicators, values, resolved.weights, relevance, parameters, composite, out, path);
  const indicators = (details[k] ??= comparison.indicators.map((i, j) => {
    const s = comparison.sideCells[j];
    const r = comparison.rivalCells[j];
    const side = (actorValues[s] ??= actorValue(index, cells, values, s, plan.side.members, year));
    const rivalValue = (actorValues[r] ??= actorValue(index, cells, values, r, rival.members, year));
    return indicatorDetail(index.indicators[i], resolved.weights[i], parameters.saturation, side, rivalValue, values, s, r);
  }));
  const defined = !Number.isNaN(out.asymmetry);
  return {
    technology: index.technologyIds[t],
    year,
    asymmetry: defined ? out.asymmetry : null,
    coverage: out.coverage,
    lowCoverage: out.coverage < LOW_COVERAGE,
    indicators,
    path: defined ? path : [],
    momentum: defined ? out.momentum + 0 : null,
    yearsToParity: defined ? out.yearsToParity : null,
    advantageClass: defined ? ADVANTAGE_CLASSES[out.classIndex] : null,
    score: defined ? out.score : null,
    rank: null,
    relevance,
  };
}

/** Rank the block's technologies (§7) and sort them: ranked first by rank, undefined last by id. */
function rankBlock(block: RivalAssessment): void {
  const ranked = block.technologies.filter((t) => t.score !== null);
  const ranks = rankOf(ranked.map((t) => ({ score: t.score as number, asymmetry: t.asymmetry as number, id: t.technology })));
  ranked.forEach((t, k) => (t.rank = ranks[k]));
  block.technologies.sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
    if (a.rank !== null || b.rank !== null) return a.rank !== null ? -1 : 1;
    return a.technology < b.technology ? -1 : a.technology > b.technology ? 1 : 0;
  });
}
