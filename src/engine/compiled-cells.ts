/**
 * The compiled plan and its evaluated cells, kept per dataset index while only the numbers of
 * the composite step change.
 *
 * Why: compiling walks every series of the dataset (row lookups, trend windows) and evaluating
 * fits every trend; at ~230 k values that is most of a parameter change. Yet H, Hmax, ε, K,
 * relevances and weights enter only the composite pass (composite.ts) — except that a weight
 * moving to or from 0 can move y0 (assessment-year.ts). So the cells are reused when
 * everything that shapes them is unchanged: the index (the dataset), staleness, trend window,
 * side and rivals (labels and members, in order), the explicit year or fallback year, and
 * which scored indicators have an effective weight > 0.
 *
 * The plan is shared by every analysis under the same key: it, the cell values, the ActorValue
 * objects and the per-indicator detail arrays (so every result's `indicators`) are read-only. A few keys per index are kept (switching back and forth between two
 * coalitions or years stays fast); the WeakMap lets a dropped dataset take them with it.
 */
import type { ActorValue, IndicatorAssessment } from '../model/results';
import type { ResolvedActor } from './actors';
import { cellValues, type CellValues, evaluateCells } from './cells';
import type { DatasetIndex } from './dataset-index';
import { type AnalysisPlan, compilePlan } from './plan';
import type { ResolvedParameters } from './resolve';

/** Plans kept per index (least recently used dropped first). */
const KEPT_PER_INDEX = 4;

interface CompiledCells {
  plan: Omit<AnalysisPlan, 'resolved' | 'side'>;
  values: CellValues;
  /** ActorValue per cell, built on first use (they depend only on what the key holds). */
  actorValues: (ActorValue | undefined)[];
  /** Per-indicator detail per comparison, for the last weights and K (see {@link detailsKey}). */
  details: { key: string; perComparison: (IndicatorAssessment[] | undefined)[] };
}

/** What `analyse` reuses for one key. */
export interface CompiledAnalysis {
  plan: AnalysisPlan;
  values: CellValues;
  actorValues: (ActorValue | undefined)[];
  /**
   * The `indicators` array of each comparison under the current weights and K, built on first
   * use. Reused by every analysis that changes only H, Hmax, ε or relevance, so the arrays are
   * the same objects and views can memoise what they derive from them.
   */
  details: (IndicatorAssessment[] | undefined)[];
}

/** The per-indicator detail depends on the cells, the effective weights and K. */
function detailsKey(resolved: ResolvedParameters): string {
  return `${resolved.parameters.saturation}|${resolved.weights.join(',')}`;
}

const cache = new WeakMap<DatasetIndex, Map<string, CompiledCells>>();

function actorKey(actor: ResolvedActor): string {
  return `${actor.label}=${actor.memberIndex.join('+')}`;
}

/** Everything compilePlan and evaluateCells read besides the index (see the module comment). */
export function cellsKey(resolved: ResolvedParameters): string {
  const { index, parameters, weights } = resolved;
  let positive = '';
  for (let i = 0; i < weights.length; i++) positive += index.indicators[i].scored && weights[i] > 0 ? '1' : '0';
  return [
    parameters.staleness,
    parameters.trendWindow,
    resolved.year ?? 'auto',
    resolved.fallbackYear,
    actorKey(resolved.side),
    resolved.rivals.map(actorKey).join(','),
    positive,
  ].join('|');
}

/** The plan of `resolved` for its own side, with its cells evaluated on the dataset's values. */
export function compiledCells(resolved: ResolvedParameters): CompiledAnalysis {
  const { index } = resolved;
  let kept = cache.get(index);
  if (!kept) cache.set(index, (kept = new Map()));
  const key = cellsKey(resolved);
  let entry = kept.get(key);
  if (entry) {
    kept.delete(key);
  } else {
    const { resolved: _compiledFor, side: _side, ...plan } = compilePlan(resolved);
    const values = cellValues(plan.cells.count);
    evaluateCells(plan.cells, index.table.value, values);
    entry = { plan, values, actorValues: new Array<ActorValue | undefined>(plan.cells.count), details: { key: '', perComparison: [] } };
    if (kept.size >= KEPT_PER_INDEX) kept.delete(kept.keys().next().value as string);
  }
  kept.set(key, entry);
  const details = detailsKey(resolved);
  if (entry.details.key !== details) entry.details = { key: details, perComparison: new Array<IndicatorAssessment[] | undefined>(entry.plan.comparisons.length) };
  return { plan: { ...entry.plan, resolved, side: resolved.side }, values: entry.values, actorValues: entry.actorValues, details: entry.details.perComparison };
}
