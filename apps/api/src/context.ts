import type { Logger } from 'pino';
import type { Caller } from './auth/caller.js';
import type { Database } from './db/client.js';
import { createLoaders, type Loaders } from './loaders/index.js';

/** What every resolver of one request sees: the database, that request's loaders, its id and logger. */
export interface Context {
  db: Database;
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
  auth: { caller: Caller | null; invalidToken?: boolean } = { caller: null },
): Context {
  return {
    db,
    loaders: createLoaders(db),
    requestId,
    logger: logger.child({ requestId }),
    statements,
    caller: auth.caller,
    invalidToken: auth.invalidToken ?? false,
  };
}
