import { describe, expect, it } from 'vitest';
import { allHeld, allHeldOf, HeldLoader, whenHeld } from './held.js';

describe('held values', () => {
  it('are used at once, and promises only where one is still read', async () => {
    expect(whenHeld(2, (n) => n * 3)).toBe(6);
    const later = whenHeld(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
    expect(allHeld([1, 2])).toEqual([1, 2]);
    expect(await allHeld([1, Promise.resolve(2)])).toEqual([1, 2]);
    expect(allHeldOf({ a: 1, b: 'b' })).toEqual({ a: 1, b: 'b' });
    expect(await allHeldOf({ a: 1, b: Promise.resolve('b') })).toEqual({ a: 1, b: 'b' });
  });

  it('are given by a loader once it has read or been given them, one batch for the keys asked together', async () => {
    const batches: number[][] = [];
    const loader = new HeldLoader<string>(
      async (keys) => {
        batches.push([...keys]);
        return keys.map((key) => (key === 404 ? null : `row ${key}`));
      },
      { batchScheduleFn: (dispatch) => setTimeout(dispatch) },
    );
    const first = loader.get(1);
    const missing = loader.get(404);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('row 1');
    expect(await missing).toBeNull();
    expect(batches).toEqual([[1, 404]]);
    expect(loader.get(1)).toBe('row 1');
    expect(loader.get(404)).toBeNull();
    loader.prime(7, 'primed');
    expect(loader.row(7)).toBe('primed');
    // A row already held is not replaced by a later prime.
    loader.prime(1, 'other');
    expect(loader.get(1)).toBe('row 1');
    expect(await loader.load(7)).toBe('primed');
    expect(batches).toHaveLength(1);
  });
});
