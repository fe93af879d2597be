/**
 * The Monte Carlo sensitivity of the current analysis, run in a worker and cached by dataset
 * and parameters: derived data like the analysis, only asynchronous. Slider drags are debounced
 * so a run starts once the user settles, and a newer request cancels the older run.
 */
import { useEffect, useState } from 'react';
import { runSensitivityInWorker } from '../engine/sensitivity-client';
import type { Dataset } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { SensitivityResult } from '../model/results';
import { useAppStore } from './store';
import { selectActiveDataset } from './selectors';

/** Where the sensitivity analysis of the current state stands. */
export type SensitivityState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: SensitivityResult }
  | { status: 'error'; message: string };

const DEBOUNCE_MS = 400;
const cache = new WeakMap<Dataset, Map<string, SensitivityResult>>();

function cached(dataset: Dataset, key: string): SensitivityResult | undefined {
  return cache.get(dataset)?.get(key);
}

function remember(dataset: Dataset, key: string, result: SensitivityResult): void {
  let byParameters = cache.get(dataset);
  if (!byParameters) cache.set(dataset, (byParameters = new Map()));
  byParameters.set(key, result);
}

/** React: the sensitivity analysis of the active dataset and parameters (runs when `enabled`). */
export function useSensitivity(enabled: boolean): SensitivityState {
  const dataset = useAppStore(selectActiveDataset);
  const parameters: Parameters = useAppStore((state) => state.parameters);
  const key = JSON.stringify(parameters);
  const hit = dataset ? cached(dataset, key) : undefined;
  const [state, setState] = useState<SensitivityState>({ status: 'idle' });

  useEffect(() => {
    if (!enabled || !dataset || hit) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ status: 'running', done: 0, total: parameters.monteCarlo.draws });
      runSensitivityInWorker(dataset, parameters, {
        signal: controller.signal,
        onProgress: (done, total) => setState({ status: 'running', done, total }),
      })
        .then((result) => {
          remember(dataset, key, result);
          setState({ status: 'done', result });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for `parameters` (same content → same run).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, dataset, key, hit]);

  if (hit) return { status: 'done', result: hit };
  if (!enabled) return { status: 'idle' };
  return state.status === 'done' ? { status: 'running', done: 0, total: parameters.monteCarlo.draws } : state;
}
