/**
 * Remembers `derive`'s answer for each object it was asked about. A request's rows come from its own
 * loaders, so a row is the same object for every field that derives from it: a figure asked for by
 * several fields (achievement, status, the roll-up) is computed once per request, and forgotten with it.
 * The answer is kept on the object itself, under a key of this memo's own (so a key must be extensible,
 * as every row and cell a request makes is): a WeakMap entry for each of a comparison's thousands of
 * cells cost more garbage collection than the figures cost to compute.
 */
export function memoizedOn<Key extends object, Args extends unknown[], Result>(
  derive: (key: Key, ...rest: Args) => Result,
): (key: Key, ...rest: Args) => Result {
  const slot = Symbol('memoized');
  return (key, ...rest) => {
    const held = key as Key & { [slot]?: Result };
    if (Object.hasOwn(held, slot)) return held[slot]!;
    const result = derive(key, ...rest);
    Object.defineProperty(held, slot, { value: result });
    return result;
  };
}
