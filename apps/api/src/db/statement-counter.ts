import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

interface Tally {
  statements: number;
  /** Set once the request's client has gone: its remaining statements are not run. */
  clientGone: boolean;
}

const storage = new AsyncLocalStorage<Tally>();

/** Refused in place of a statement of a request whose client closed the connection. */
export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection; the rest of its request was not run');
  }
}

/** Whether an error is, or wraps (as GraphQL and Apollo wrap what they catch), a `ClientGone`. */
export function isClientGone(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof ClientGone) return true;
    const { originalError, cause } = current as { originalError?: unknown; cause?: unknown };
    current = originalError ?? cause;
  }
  return false;
}

// A transaction's own statements still run: one that has begun must end, or its connection would go
// back to the pool inside it; and drizzle only releases the connection of one whose `begin` succeeded.
// The first statement inside it is refused instead, and the transaction rolls back.
const CONTROLS_A_TRANSACTION = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

/**
 * Counts the SQL statements each request runs, so logs can show them and tests can prove that a
 * request's statements do not grow with the size of its answer. Drizzle reports every statement to its
 * logger just before sending it; the count goes to whatever request is running it. At the same moment a
 * request whose client has gone (a closed tab, a fetch that timed out) is refused its next statement,
 * before it waits for a connection: under overload such requests are what keeps the pool full.
 * Statements it had already sent, or that wait in the pool's queue, still run.
 */
export const statementCounter: Logger = {
  logQuery(query) {
    const tally = storage.getStore();
    if (!tally) return;
    if (tally.clientGone && !CONTROLS_A_TRANSACTION.test(query)) throw new ClientGone();
    tally.statements += 1;
  },
};

/**
 * Runs `work` with its own statement count; `statements()` reads it at any time, and `clientGone()`
 * refuses the statements that follow.
 */
export function withStatementCount<T>(
  work: (statements: () => number, clientGone: () => void) => T,
): T {
  const tally: Tally = { statements: 0, clientGone: false };
  return storage.run(tally, () =>
    work(
      () => tally.statements,
      () => (tally.clientGone = true),
    ),
  );
}
