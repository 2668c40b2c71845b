/**
 * Admission for expensive operations in one process: at most `slots` run at once and at most
 * `waiting` wait their turn; past that a request is refused at once, so a crowd of the costliest
 * requests queues instead of sharing the event loop with everything else (health checks and cheap
 * queries keep their turn between them).
 */
export class ExpensiveQueue {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly waiting: number,
  ) {}

  /** A release function once the operation may run; null when too many are waiting already. */
  async enter(): Promise<(() => void) | null> {
    if (this.running >= this.slots) {
      if (this.queue.length >= this.waiting) return null;
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The slot passes straight to the next in line; only when none waits is it freed.
      if (next) next();
      else this.running -= 1;
    };
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }
}
