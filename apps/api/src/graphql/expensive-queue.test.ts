import { describe, expect, it } from 'vitest';
import { ExpensiveQueue } from './expensive-queue.js';

describe('ExpensiveQueue', () => {
  it('runs at most its slots at once, hands a freed slot to the next in line, refuses past its waiting room', async () => {
    const queue = new ExpensiveQueue(2, 1);
    const first = await queue.enter();
    const second = await queue.enter();
    expect(queue.load).toEqual({ running: 2, waiting: 0 });
    let thirdIn = false;
    const third = queue.enter().then((release) => {
      thirdIn = true;
      return release;
    });
    expect(await queue.enter()).toBeNull();
    expect(queue.load).toEqual({ running: 2, waiting: 1 });
    first!();
    first!();
    const release = await third;
    expect(thirdIn).toBe(true);
    expect(queue.load).toEqual({ running: 2, waiting: 0 });
    second!();
    release!();
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });
});
