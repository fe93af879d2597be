/**
 * Messages between the main thread (sensitivity-client.ts) and the sensitivity worker
 * (src/workers/sensitivity.worker.ts, which hands them to sensitivity-host.ts).
 *
 * The dataset is sent once per Dataset object (`load`), then referred to by key, so slider
 * changes do not copy 10 MB of typed arrays each time and the worker keeps its dataset index.
 */
import type { Dataset } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { SensitivityResult } from '../model/results';
import type { ParameterIssue } from './errors';

/** Main thread → worker. */
export type SensitivityRequest =
  /** Replace the worker's dataset (it keeps one). */
  | { type: 'load'; key: number; dataset: Dataset }
  /** Run the Monte Carlo on the loaded dataset `key`. */
  | { type: 'run'; id: number; key: number; params: Partial<Parameters> };

/** Worker → main thread. */
export type SensitivityResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: SensitivityResult }
  /** `issues` is set when the parameters were invalid (InvalidParametersError). */
  | { type: 'error'; id: number; message: string; issues?: readonly ParameterIssue[] };
