/** Wrong tokens a client may try in a window before it must wait. */
export const MAX_FAILURES = 5;
/** The window, and the wait once it is used up. */
export const WINDOW_MS = 15 * 60 * 1000;

interface Attempts {
  failures: number;
  since: number;
}

/**
 * Slows guessing at editor tokens: after five wrong tokens from one client in fifteen minutes, that
 * client waits out the window. Kept in the process (each web process counts its own); a deployment adds
 * a rate limit per client at its proxy as well.
 */
export class SignInThrottle {
  private readonly attempts = new Map<string, Attempts>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the client must still wait, or 0 when it may try. */
  waitFor(client: string): number {
    const entry = this.attempts.get(client);
    if (!entry) return 0;
    const elapsed = this.now() - entry.since;
    if (elapsed >= WINDOW_MS) {
      this.attempts.delete(client);
      return 0;
    }
    return entry.failures >= MAX_FAILURES ? WINDOW_MS - elapsed : 0;
  }

  failed(client: string): void {
    const entry = this.attempts.get(client);
    if (!entry || this.now() - entry.since >= WINDOW_MS)
      this.attempts.set(client, { failures: 1, since: this.now() });
    else entry.failures += 1;
    // Old entries go, so a stream of clients cannot grow the map without end.
    if (this.attempts.size > 10_000)
      for (const [key, value] of this.attempts)
        if (this.now() - value.since >= WINDOW_MS) this.attempts.delete(key);
  }

  succeeded(client: string): void {
    this.attempts.delete(client);
  }
}
