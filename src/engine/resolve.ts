/**
 * From user parameters to the numbers the engine runs on: defaults filled, codes normalised,
 * rivals and the analysis-wide fallback year resolved, effective weights and relevances looked
 * up once per run. The per rival × technology y0 is resolved when the plan is compiled
 * (assessment-year.ts), because it depends on the side (partners keep the baseline's).
 *
 * Effective weight of indicator i = (params.weights[i] ?? indicator weight) ×
 * (params.pillarWeights[pillar] ?? 1). Relevance of technology t = params.relevance[t] ??
 * technology relevance. Lookups use own properties only, so an indicator called `constructor`
 * cannot pick up Object.prototype.
 */
import type { Dataset, LoadIssue } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import { engineWarning, normaliseMembers, type ResolvedActor, resolvedActor, resolveRivals } from './actors';
import { selectionYear } from './assessment-year';
import { type DatasetIndex, datasetIndex } from './dataset-index';
import { type EngineResult, InvalidParametersError } from './errors';
import { parameterIssues, withDefaults } from './validate';

/** Parameters ready for the engine. */
export interface ResolvedParameters {
  /**
   * Normalised copy for the result: side upper-case, rivals = the labels assessed. `year` stays
   * as the caller gave it (null = per rival × technology, see assessment-year.ts), so that
   * re-running an exported parameter set resolves the same years.
   */
  parameters: Parameters;
  /** The dataset's index. */
  index: DatasetIndex;
  /** The side. */
  side: ResolvedActor;
  /** The rivals, ordered by label. */
  rivals: ResolvedActor[];
  /** The explicit y0 (params.year), or null: y0 is then resolved per rival × technology. */
  year: number | null;
  /**
   * The explicit y0, else the analysis-wide latest year of the side and rivals (the fallback
   * when no rival × technology has a year of its own; see assessment-year.ts).
   */
  fallbackYear: number;
  /** Effective weight per indicator position. */
  weights: Float64Array;
  /** Relevance r_t per technology position. */
  relevance: Float64Array;
  /** Non-fatal notes. */
  warnings: LoadIssue[];
}

function own(record: Record<string, number>, key: string | undefined): number | undefined {
  return key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Effective weights of every indicator of the index under `p`. */
export function effectiveWeights(index: DatasetIndex, p: Parameters): Float64Array {
  return Float64Array.from(index.indicators, ({ indicator }) => (own(p.weights, indicator.id) ?? indicator.weight) * (own(p.pillarWeights, indicator.pillar) ?? 1));
}

/** Validate and resolve; errors when parameterIssues finds any. */
export function resolveParameters(dataset: Dataset, params: Partial<Parameters>): EngineResult<ResolvedParameters> {
  const issues = parameterIssues(params, dataset);
  if (issues.length > 0) return { ok: false, errors: issues };
  const p = withDefaults(params);
  const index = datasetIndex(dataset);
  const warnings: LoadIssue[] = [];
  const sideCodes = normaliseMembers(p.side);
  const roles = new Map(dataset.countries.map((c) => [c.code, c.role] as const));
  const rivals = resolveRivals(index, roles, sideCodes, p.rivals, warnings);
  const side = resolvedActor(index, sideCodes);
  const fallbackYear = p.year ?? selectionYear(index, [...side.memberIndex, ...rivals.flatMap((r) => r.memberIndex)]);
  if (fallbackYear === null) throw new Error('unreachable: validateParameters checks that y0 exists');
  index.indicators.forEach((info, i) => {
    if (index.negativeValues[i] > 0) warnings.push(engineWarning('engine-negative-values', info.indicator.id, { count: index.negativeValues[i] }));
    if (info.kind === 'ordinal' && info.scored && !info.levelsDeclared) {
      warnings.push(engineWarning('engine-ordinal-without-levels', info.indicator.id, { min: info.levelMin, max: info.levelMax }));
    }
  });
  const parameters: Parameters = { ...p, side: sideCodes, rivals: rivals.map((r) => r.label), monteCarlo: { ...p.monteCarlo } };
  const relevance = Float64Array.from(dataset.technologies, (t) => own(p.relevance, t.id) ?? t.relevance);
  return { ok: true, value: { parameters, index, side, rivals, year: p.year, fallbackYear, weights: effectiveWeights(index, p), relevance, warnings } };
}

/** resolveParameters, throwing {@link InvalidParametersError} on invalid parameters. */
export function resolveOrThrow(dataset: Dataset, params: Partial<Parameters>): ResolvedParameters {
  const resolved = resolveParameters(dataset, params);
  if (!resolved.ok) throw new InvalidParametersError(resolved.errors);
  return resolved.value;
}
