import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('readEnv', () => {
  it('takes API_PORT over PORT, and defaults to one worker', () => {
    const env = readEnv({ API_PORT: '4100', PORT: '4000' });
    expect(env.PORT).toBe(4100);
    expect(env.API_WORKERS).toBe(1);
  });

  it('refuses several workers on the embedded database, naming the variable', () => {
    expect(() => readEnv({ API_WORKERS: '2' })).toThrow(
      'API_WORKERS: more than one worker needs DATABASE_URL: the embedded database belongs to one process',
    );
    expect(readEnv({ API_WORKERS: '2', DATABASE_URL: 'postgres://db/muni' }).API_WORKERS).toBe(2);
  });

  it('names every bad variable at once', () => {
    expect(() => readEnv({ API_WORKERS: '0', DB_POOL_MAX: 'many' })).toThrow(
      /API_WORKERS: .*\n {2}DB_POOL_MAX: /s,
    );
  });
});
