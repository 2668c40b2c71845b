import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

interface Tally {
  statements: number;
}

const storage = new AsyncLocalStorage<Tally>();

/**
 * Counts the SQL statements each request runs, so logs can show them and tests can prove that a
 * request's statements do not grow with the size of its answer. Drizzle reports every statement to its
 * logger; the count goes to whatever request is running it.
 */
export const statementCounter: Logger = {
  logQuery() {
    const tally = storage.getStore();
    if (tally) tally.statements += 1;
  },
};

/** Runs `work` with its own statement count; `statements()` reads it at any time. */
export function withStatementCount<T>(work: (statements: () => number) => T): T {
  const tally: Tally = { statements: 0 };
  return storage.run(tally, () => work(() => tally.statements));
}
