/**
 * Derived data, computed from the store and memoised by input identity: the analysis is never
 * stored, only recomputed when the dataset or the parameters were replaced.
 */
import { analyse, validateParameters } from '../engine';
import type { Dataset } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { AnalysisResult } from '../model/results';
import { memoizeByObject, memoizeLast } from './memo';
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

/** Run the engine (memoised on dataset and parameters). */
export const computeAnalysis = memoizeLast((dataset: Dataset | null, parameters: Parameters): AnalysisOutcome => {
  if (!dataset) return { status: 'no-dataset' };
  const errors = validateParameters(parameters, dataset);
  if (errors.length > 0) return { status: 'invalid', errors };
  return { status: 'ok', result: analyse(dataset, parameters) };
});

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

/** React: the analysis of the current state. */
export function useAnalysis(): AnalysisOutcome {
  return useAppStore(selectAnalysis);
}
