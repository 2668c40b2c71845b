/**
 * Remembers `derive`'s answer for each object it was asked about. A request's rows come from its own
 * loaders, so a row is the same object for every field that derives from it: a figure asked for by
 * several fields (achievement, status, the roll-up) is computed once per request, and forgotten with it.
 */
export function memoizedOn<Key extends object, Args extends unknown[], Result>(
  derive: (key: Key, ...rest: Args) => Result,
): (key: Key, ...rest: Args) => Result {
  const results = new WeakMap<Key, Result>();
  return (key, ...rest) => {
    if (results.has(key)) return results.get(key)!;
    const result = derive(key, ...rest);
    results.set(key, result);
    return result;
  };
}
