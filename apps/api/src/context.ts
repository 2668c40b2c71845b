import type { Logger } from 'pino';
import type { Caller } from './auth/caller.js';
import type { Database } from './db/client.js';
import { WHOLE_RECORD, type RecordPart } from './db/queries/program-record.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { Clocked } from './graphql/operation-deadline.js';
import { batchWhenWalked } from './graphql/time-slice.js';

/** What every resolver of one request sees: the databases, that request's loaders, its id and logger,
 * and the deadline of its query. */
export interface Context extends Clocked {
  /** The primary: writes, and reads that must see them. */
  db: Database;
  /**
   * How the request reads, as its plugins settle it once the operation is known. One object, changed
   * in place: Apollo hands plugins and resolvers a shallow copy of the context, so a field set on that
   * copy would not reach the loaders, made with the original.
   */
  reads: {
    /** Where queries read: a streaming replica when one is configured, else the primary. A mutation
     * switches it to the primary, so what it returns reflects what it wrote. */
    db: Database;
    /** The parts of a program's record the operation may read (graphql/record-parts.ts); all of them
     * until the operation is known. */
    recordParts: ReadonlySet<RecordPart>;
  };
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  /** How many SQL statements the request has run so far. */
  statements: () => number;
  /** The holder of the request's API token; null without a valid one. */
  caller: Caller | null;
  /** Whether the request sent a token that names no one (unknown or revoked). */
  invalidToken: boolean;
}

export function createContext(
  db: Database,
  requestId: string,
  logger: Logger,
  statements: () => number = () => 0,
  options: { caller: Caller | null; invalidToken?: boolean; readDb?: Database } = { caller: null },
): Context {
  const clock = {};
  const reads = { db: options.readDb ?? db, recordParts: WHOLE_RECORD };
  const context: Context = {
    db,
    reads,
    loaders: createLoaders(
      () => reads.db,
      (dispatch) => batchWhenWalked(clock, dispatch),
      () => reads.recordParts,
    ),
    clock,
    requestId,
    logger: logger.child({ requestId }),
    statements,
    caller: options.caller,
    invalidToken: options.invalidToken ?? false,
  };
  return context;
}

/** Forgets every row the request's loaders hold, so later reads see writes made since. */
export function renewLoaders(context: Context): void {
  const { reads } = context;
  context.loaders = createLoaders(
    () => reads.db,
    (dispatch) => batchWhenWalked(context.clock, dispatch),
    () => reads.recordParts,
  );
}
