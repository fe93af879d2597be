/**
 * The worker side of the sensitivity protocol, kept out of the worker file so it can be tested
 * in Node: it holds the loaded dataset and answers `run` requests with runSensitivity.
 */
import type { Dataset } from '../model/dataset';
import { InvalidParametersError } from './errors';
import type { SensitivityRequest, SensitivityResponse } from './sensitivity-protocol';
import { runSensitivity } from './sensitivity';

/** A message handler that answers through `post`. */
export function createSensitivityHost(post: (message: SensitivityResponse) => void): (message: SensitivityRequest) => void {
  let loaded: { key: number; dataset: Dataset } | null = null;
  return (message) => {
    if (message.type === 'load') {
      loaded = { key: message.key, dataset: message.dataset };
      return;
    }
    const { id } = message;
    if (!loaded || loaded.key !== message.key) {
      post({ type: 'error', id, message: `dataset ${message.key} is not loaded in the worker` });
      return;
    }
    try {
      const result = runSensitivity(loaded.dataset, message.params, { onProgress: (done, total) => post({ type: 'progress', id, done, total }) });
      post({ type: 'result', id, result });
    } catch (error) {
      if (error instanceof InvalidParametersError) post({ type: 'error', id, message: error.message, issues: error.issues });
      else post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
