import { describe, expect, it } from 'vitest';
import { MAX_FAILURES, SignInThrottle, WINDOW_MS } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('makes a client wait after five wrong tokens, for the rest of the window only', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect(throttle.waitFor('a')).toBe(0);
      throttle.failed('a');
    }
    now = 60_000;
    expect(throttle.waitFor('a')).toBe(WINDOW_MS - 60_000);
    expect(throttle.waitFor('b')).toBe(0);
    now = WINDOW_MS;
    expect(throttle.waitFor('a')).toBe(0);
  });

  it('forgets a client that signs in', () => {
    const throttle = new SignInThrottle(() => 0);
    for (let i = 0; i < MAX_FAILURES; i += 1) throttle.failed('a');
    throttle.succeeded('a');
    expect(throttle.waitFor('a')).toBe(0);
  });
});
