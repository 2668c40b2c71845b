import type { ApolloServer } from '@apollo/server';
import type { Caller } from '../../src/auth/caller.js';
import { pino } from 'pino';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/client.js';
import { withStatementCount } from '../../src/db/statement-counter.js';
import { createApolloServer } from '../../src/server.js';

export const silentLogger = pino({ level: 'silent' });

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  /** How many SQL statements the operation ran. */
  statements: number;
  /** The scopes of data its reads named (db/read-scopes.ts); null if one read named none. */
  scopes: readonly string[] | null;
}

/** Runs operations through the real schema and resolvers, with a fresh context per operation. */
export function graphqlClient(
  db: Database,
  options: { production?: boolean; caller?: Caller | null } = {},
) {
  const apollo: ApolloServer<Context> = createApolloServer({
    logger: silentLogger,
    production: options.production ?? false,
  });
  return async function execute<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    return withStatementCount(async (statements, _clientGone, scopes) => {
      const response = await apollo.executeOperation<T>(
        { query, variables },
        {
          contextValue: createContext(db, 'test', silentLogger, statements, {
            caller: options.caller ?? null,
          }),
        },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return {
        ...(response.body.singleResult as Omit<GraphQLResult<T>, 'statements' | 'scopes'>),
        statements: statements(),
        scopes: scopes(),
      };
    });
  };
}

/** The data of a result that must have no errors. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/** An answer without its ids, which differ between two databases holding the same data. */
export function withoutIds<T>(answer: T): T {
  return JSON.parse(JSON.stringify(answer, (key, value) => (key === 'id' ? undefined : value)));
}
