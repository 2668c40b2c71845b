import type { Logger } from 'pino';
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
}

export function createContext(
  db: Database,
  requestId: string,
  logger: Logger,
  statements: () => number = () => 0,
): Context {
  return {
    db,
    loaders: createLoaders(db),
    requestId,
    logger: logger.child({ requestId }),
    statements,
  };
}
