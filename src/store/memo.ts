/**
 * Memoisation by argument identity. Store updates are immutable, so "same object" means "same
 * input": derived data is recomputed only when what it depends on was replaced.
 */

/** Remember the last result of `compute` for the last arguments (compared with ===). */
export function memoizeLast<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((arg, index) => arg === args[index])) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}

/** Remember one result per object key (garbage-collected with the key). */
export function memoizeByObject<Key extends object, Result>(compute: (key: Key) => Result): (key: Key) => Result {
  const cache = new WeakMap<Key, Result>();
  return (key: Key) => {
    if (cache.has(key)) return cache.get(key) as Result;
    const result = compute(key);
    cache.set(key, result);
    return result;
  };
}
