/**
 * Derived data, computed from the store and memoised by input identity: the analysis is never
 * stored, only recomputed when the dataset or the parameters were replaced.
 */
import { useDeferredValue } from 'react';
import { analyse, validateParameters } from '../engine';
import type { Dataset } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { AnalysisResult } from '../model/results';
import { memoizeByObject } from './memo';
import { useAppStore } from './store';
import type { AppState } from './types';

/** The analysis of the active dataset, or why there is none. */
export type AnalysisOutcome =
  | { status: 'ok'; result: AnalysisResult }
  | { status: 'invalid'; errors: string[] }
  | { status: 'no-dataset' };

/** The active dataset, or null. */
export function selectActiveDataset(state: AppState): Dataset | null {
  const id = state.activeDatasetId;
  return id ? (state.datasets[id]?.dataset ?? null) : null;
}

const NO_DATASET: AnalysisOutcome = { status: 'no-dataset' };

/**
 * Run the engine, memoised per (dataset, parameters) object pair. Both are replaced, never
 * mutated, so identity means "same input"; a WeakMap keeps one result per pair alive as long
 * as the pair is (the working state and every briefing slide each keep theirs).
 */
const analyses = memoizeByObject((_dataset: Dataset) => new WeakMap<Parameters, AnalysisOutcome>());

/** The engine's answer for a dataset and parameters. */
export function computeAnalysis(dataset: Dataset | null, parameters: Parameters): AnalysisOutcome {
  if (!dataset) return NO_DATASET;
  const byParameters = analyses(dataset);
  let outcome = byParameters.get(parameters);
  if (!outcome) {
    const errors = validateParameters(parameters, dataset);
    outcome = errors.length > 0 ? { status: 'invalid', errors } : { status: 'ok', result: analyse(dataset, parameters) };
    byParameters.set(parameters, outcome);
  }
  return outcome;
}

/** The analysis of the current state. */
export function selectAnalysis(state: AppState): AnalysisOutcome {
  return computeAnalysis(selectActiveDataset(state), state.parameters);
}

/** Years that have at least one value, newest first. */
export const datasetYears = memoizeByObject((dataset: Dataset): number[] => {
  const years = new Set<number>();
  const column = dataset.values.year;
  for (let row = 0; row < dataset.values.length; row += 1) years.add(column[row]!);
  return [...years].sort((a, b) => b - a);
});

/** React: the active dataset. */
export function useActiveDataset(): Dataset | null {
  return useAppStore(selectActiveDataset);
}

const selectParameters = (state: AppState): Parameters => state.parameters;

/**
 * Datasets with at least this many values render parameter changes in the background. Below,
 * a change re-renders at once: the default dataset (4.5 k values) updates in ~40 ms, and a
 * deferred pass would only add a second render to it.
 */
export const DEFER_UPDATES_FROM_VALUES = 50_000;

/**
 * The dataset and parameters the views show. On a large dataset a parameter change is rendered
 * in the background (useDeferredValue): the slider and its label move in the frame of the
 * input, and React renders the views on the new parameters in an interruptible pass, dropping
 * the values a fast drag has already left. At ~230 k values that pass takes ~100 ms; done in
 * the input's own task it made the thumb jump. A dataset switch is shown at once with the
 * parameters of the moment, never the previous parameters against the new dataset.
 */
function useShownInputs(): { dataset: Dataset | null; parameters: Parameters; pending: boolean } {
  const dataset = useActiveDataset();
  const live = useAppStore(selectParameters);
  const large = dataset !== null && dataset.values.length >= DEFER_UPDATES_FROM_VALUES;
  // Small datasets defer nothing (constant null): no second render pass after each change.
  const deferred = useDeferredValue(large ? live : null);
  const deferredDataset = useDeferredValue(large ? dataset : null);
  const parameters = large && deferred !== null && deferredDataset === dataset ? deferred : live;
  return { dataset, parameters, pending: parameters !== live };
}

/** React: the analysis the views show (see {@link useShownInputs}). */
export function useAnalysis(): AnalysisOutcome {
  const { dataset, parameters } = useShownInputs();
  return computeAnalysis(dataset, parameters);
}

/** React: true while the views still show the previous parameters (a background render is under way). */
export function useAnalysisPending(): boolean {
  return useShownInputs().pending;
}
