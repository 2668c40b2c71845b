import type { ApolloServerPlugin } from '@apollo/server';

/** What a client is told when the database, not its request, is the problem. */
export type DatabaseFailure = 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY' | 'QUERY_TIMEOUT';

export const DATABASE_FAILURE_MESSAGES: Record<DatabaseFailure, string> = {
  DATABASE_UNAVAILABLE: 'The database is unavailable; try again shortly',
  DATABASE_BUSY: 'The database is busy with other requests; try again in a moment',
  QUERY_TIMEOUT: 'The query took too long and was stopped; try a narrower request',
};

/** Seconds a client should wait before asking again, sent as Retry-After with a 503. */
const RETRY_AFTER: Record<DatabaseFailure, string | null> = {
  DATABASE_UNAVAILABLE: '5',
  DATABASE_BUSY: '1',
  QUERY_TIMEOUT: null,
};

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart), and
// 53300 (too many connections).
const UNAVAILABLE_STATES = /^(08|57P0[1-3]$|53300$)/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const POOL_MESSAGES =
  /Connection terminated|Client has encountered a connection error|PGlite is closed/i;
// pg-pool's words when every connection stayed in use for as long as a request may wait for one: the
// process is overloaded, its database is not down.
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/i;

/**
 * Whether an error (or any error it wraps: drizzle wraps the driver's) says the database is down or
 * cut a statement short, rather than that the request or the server's code is wrong.
 */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (code === '57014') return 'QUERY_TIMEOUT';
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || NETWORK_CODES.has(code)))
      return 'DATABASE_UNAVAILABLE';
    if (typeof message === 'string' && POOL_EXHAUSTED.test(message)) return 'DATABASE_BUSY';
    if (typeof message === 'string' && POOL_MESSAGES.test(message)) return 'DATABASE_UNAVAILABLE';
    current = cause;
  }
  return null;
}

/** Answers 503 when the database failed the request, with when to ask again, so load balancers and
 * clients know to retry. */
export const databaseFailureStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        const failure = errors
          ?.map((error) => databaseFailure(error.originalError))
          .find((found) => found !== null);
        if (!failure) return;
        response.http.status = 503;
        const retryAfter = RETRY_AFTER[failure];
        if (retryAfter) response.http.headers.set('retry-after', retryAfter);
      },
    };
  },
};
