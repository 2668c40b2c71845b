import { describe, expect, it } from 'vitest';
import { databaseFailure } from './database-errors.js';

/** How drizzle hands a driver's error on: wrapped, with the driver's as its cause. */
const wrapped = (cause: unknown) =>
  Object.assign(new Error('Failed query: select 1'), { cause }) as Error;

describe('databaseFailure', () => {
  it('tells a database that is down from one that is busy, through the wrapping', () => {
    expect(databaseFailure(wrapped(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })))).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseFailure(wrapped({ code: '57P01', message: 'terminating connection' }))).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseFailure(wrapped(new Error('Connection terminated unexpectedly')))).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseFailure(wrapped(new Error('timeout exceeded when trying to connect')))).toBe(
      'DATABASE_BUSY',
    );
  });

  it('names a statement stopped at the timeout', () => {
    expect(databaseFailure(wrapped({ code: '57014', message: 'canceling statement' }))).toBe(
      'QUERY_TIMEOUT',
    );
  });

  it("leaves the request's and the code's own errors alone", () => {
    expect(databaseFailure(wrapped({ code: '23505', message: 'duplicate key' }))).toBeNull();
    expect(databaseFailure(new TypeError('undefined is not a function'))).toBeNull();
    expect(databaseFailure(null)).toBeNull();
  });
});
