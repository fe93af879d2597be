/**
 * A per-analysis cache for a view's series. Analysis results are replaced, never mutated, on
 * every change, so keying on the result object (weakly) drops stale series with the result.
 */
import type { AnalysisResult } from '../model/results';

/** Returns `get(result, key, build)`: the series built once per result and key. */
export function createResultCache<T>(): (result: AnalysisResult, key: string, build: () => T) => T {
  const cache = new WeakMap<AnalysisResult, Map<string, T>>();
  return (result, key, build) => {
    let byKey = cache.get(result);
    if (!byKey) cache.set(result, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, build());
    return byKey.get(key) as T;
  };
}
