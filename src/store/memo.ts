/**
 * Memoisation by object identity. Store updates are immutable, so "same object" means "same
 * input": derived data is recomputed only when what it depends on was replaced.
 */

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
