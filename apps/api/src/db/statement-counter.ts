import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

interface Tally {
  statements: number;
  /** Set once the request's client has gone: its remaining statements are not run. */
  clientGone: boolean;
  /** The scopes of data (see db/read-scopes.ts) the request's reads said they depend on. */
  scopes: Set<string>;
  /** Set by any statement that ran outside `readScoped`: the request may depend on anything. */
  unscoped: boolean;
}

const storage = new AsyncLocalStorage<Tally>();
/** Present while statements run whose scopes their caller states. */
const scopedWork = new AsyncLocalStorage<true>();

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
    if (!scopedWork.getStore()) tally.unscoped = true;
  },
};

/**
 * Runs `work`, whose statements read only data within the scopes `scopesOf` names from its result (see
 * db/read-scopes.ts), and adds them to the request's; null says it may depend on anything. A statement
 * run any other way leaves its request depending on everything, so a read nobody scoped is never
 * served stale, only less often kept.
 */
export async function readScoped<T>(
  work: () => Promise<T>,
  scopesOf: (result: T) => Iterable<string> | null,
): Promise<T> {
  // Awaited inside: a query builder runs its statement only when awaited, which must be in scope.
  const result = await scopedWork.run(true, async () => await work());
  const tally = storage.getStore();
  if (tally) {
    const scopes = scopesOf(result);
    if (scopes === null) tally.unscoped = true;
    else for (const scope of scopes) tally.scopes.add(scope);
  }
  return result;
}

/** What the request's reads depend on so far: their scopes, or null for anything at all. */
export type ReadScopes = () => readonly string[] | null;

/**
 * Runs `work` with its own statement count; `statements()` reads it at any time, `clientGone()`
 * refuses the statements that follow, and `scopes()` says what its reads depend on.
 */
export function withStatementCount<T>(
  work: (statements: () => number, clientGone: () => void, scopes: ReadScopes) => T,
): T {
  const tally: Tally = { statements: 0, clientGone: false, scopes: new Set(), unscoped: false };
  return storage.run(tally, () =>
    work(
      () => tally.statements,
      () => (tally.clientGone = true),
      () => (tally.unscoped ? null : [...tally.scopes]),
    ),
  );
}
