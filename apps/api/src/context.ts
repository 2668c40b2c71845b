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
  /** Where queries read: a streaming replica when one is configured, else the primary. A mutation
   * switches it to the primary, so what it returns reflects what it wrote. */
  readDb: Database;
  loaders: Loaders;
  /** The parts of a program's record the operation may read (graphql/record-parts.ts); all of them
   * until the operation is known. */
  recordParts: ReadonlySet<RecordPart>;
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
  const context: Context = {
    db,
    readDb: options.readDb ?? db,
    loaders: createLoaders(
      () => context.readDb,
      (dispatch) => batchWhenWalked(clock, dispatch),
      () => context.recordParts,
    ),
    recordParts: WHOLE_RECORD,
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
  context.loaders = createLoaders(
    () => context.readDb,
    (dispatch) => batchWhenWalked(context.clock, dispatch),
    () => context.recordParts,
  );
}
